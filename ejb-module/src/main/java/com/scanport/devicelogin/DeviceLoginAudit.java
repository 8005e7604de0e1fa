package com.scanport.devicelogin;

import com.scanport.platform.Secrets;
import java.util.logging.Logger;

/**
 * One line per event of a device's sign-in, for operators and incident reviews: what happened,
 * to which user's which sign-in, from where, and how it ended. The device id is its holder's
 * secret until the token is collected, so the log names it by a digest; no token ever appears.
 */
final class DeviceLoginAudit {

    private static final Logger LOG = Logger.getLogger("com.scanport.devicelogin.audit");

    private DeviceLoginAudit() {
    }

    static void record(String event, long userId, Long signIn, String deviceId, String address, String outcome) {
        LOG.info(() -> "device-login event=" + event + " user=" + userId + " sign_in=" + (signIn == null ? "-" : signIn)
                + " device=" + fingerprint(deviceId) + " address=" + (address == null ? "-" : address)
                + " outcome=" + outcome);
    }

    /** The first 12 hex digits of the device id's SHA-256: enough to tell devices apart, nothing to sign in with. */
    static String fingerprint(String deviceId) {
        return deviceId == null ? "-" : "sha256:" + Secrets.sha256Hex(deviceId).substring(0, 12);
    }
}
