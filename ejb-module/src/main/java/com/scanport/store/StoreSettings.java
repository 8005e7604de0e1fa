package com.scanport.store;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks the store's settings once, at deployment: a value the store cannot use fails the
 * deployment with one line that names it, rather than every first login with a 500.
 */
@Singleton
@Startup
public class StoreSettings {

    @Inject
    @ConfigProperty(name = "scanport.store.opening-balance", defaultValue = "1000")
    BigDecimal openingBalance;

    @Inject
    @ConfigProperty(name = "scanport.store.session-idle-seconds", defaultValue = "3600")
    long idleSeconds;

    @Inject
    @ConfigProperty(name = "scanport.store.session-max-seconds", defaultValue = "86400")
    long maxSeconds;

    @PostConstruct
    void check() {
        if (openingBalance.signum() < 0 || openingBalance.stripTrailingZeros().scale() > 2
                || openingBalance.compareTo(Ledger.MAX_AMOUNT) > 0) {
            throw new IllegalStateException("scanport.store.opening-balance (SCANPORT_STORE_OPENING_BALANCE) must be "
                    + "an amount from 0 to " + Ledger.MAX_AMOUNT + " with at most 2 decimal places, not " + openingBalance);
        }
        if (idleSeconds <= 0 || maxSeconds <= 0) {
            throw new IllegalStateException("scanport.store.session-idle-seconds and session-max-seconds must be positive");
        }
    }
}
