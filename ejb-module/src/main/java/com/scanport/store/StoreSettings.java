package com.scanport.store;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks the opening balance once, at deployment: a value the ledger cannot hold fails the
 * deployment with one line that names it, rather than every first login with a 500.
 */
@Singleton
@Startup
public class StoreSettings {

    @Inject
    @ConfigProperty(name = "scanport.store.opening-balance", defaultValue = Ledger.DEFAULT_OPENING_BALANCE)
    BigDecimal openingBalance;

    @PostConstruct
    void check() {
        if (openingBalance.signum() < 0 || openingBalance.stripTrailingZeros().scale() > 2
                || openingBalance.compareTo(Ledger.MAX_AMOUNT) > 0) {
            throw new IllegalStateException("scanport.store.opening-balance (SCANPORT_STORE_OPENING_BALANCE) must be "
                    + "an amount from 0 to " + Ledger.MAX_AMOUNT + " with at most 2 decimal places, not " + openingBalance);
        }
    }
}
