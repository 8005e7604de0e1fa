package com.scanport.devicelogin;

import com.scanport.platform.Sweep;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * Every minute: ends the sign-ins whose time ran out (so that each expiry is logged even when no
 * device polls again) and forgets spent nonces and sign-ins that ended more than a month ago.
 */
@ApplicationScoped
public class DeviceLoginSweep implements Sweep {

    private static final Logger LOG = Logger.getLogger(DeviceLoginSweep.class.getName());
    private static final Duration KEEP_ENDED = Duration.ofDays(30);
    private static final int BATCH = 200;

    @EJB
    private DeviceLogins deviceLogins;

    @Override
    public String name() {
        return "Device login housekeeping";
    }

    @Override
    public Duration every() {
        return Duration.ofMinutes(1);
    }

    @Override
    public void sweep() {
        while (deviceLogins.expireRunOut(BATCH, KEEP_ENDED) == BATCH) {
            LOG.fine("Expired " + BATCH + " device sign-ins");
        }
    }
}
