package com.scanport.store;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** An opening balance the ledger cannot hold stops the deployment; any it can, passes. */
class StoreSettingsTest {

    private static StoreSettings with(String openingBalance) {
        StoreSettings settings = new StoreSettings();
        settings.openingBalance = new BigDecimal(openingBalance);
        return settings;
    }

    @Test
    void refusesWhatNoAccountCouldOpenWith() {
        for (String bad : new String[] {"-1", "0.004", "1000000000.01"}) {
            assertThrows(IllegalStateException.class, () -> with(bad).check(), bad);
        }
    }

    @Test
    void takesZeroAndWholeCents() {
        for (String good : new String[] {"0", "1000", "12.50", "1000000000"}) {
            assertDoesNotThrow(() -> with(good).check(), good);
        }
    }
}
