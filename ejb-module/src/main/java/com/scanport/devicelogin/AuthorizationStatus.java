package com.scanport.devicelogin;

/**
 * Where a device's sign-in stands. The seed knows the first three; COLLECTED and EXPIRED
 * tell a device why there is no token for it (any more).
 */
public enum AuthorizationStatus {
    /** Waiting for the user to decide. */
    NOT_INIT,
    /** Approved; the device has not collected its token yet. */
    AUTHORIZED,
    /** The device collected its token, once; it is signed in until the user revokes it. */
    COLLECTED,
    /** The user said no. */
    REJECTED,
    /** Not decided, or not collected, in time. */
    EXPIRED;

    /** Whether the sign-in can still change on its own path (decided, collected or expire). */
    public boolean isOpen() {
        return this == NOT_INIT || this == AUTHORIZED;
    }
}
