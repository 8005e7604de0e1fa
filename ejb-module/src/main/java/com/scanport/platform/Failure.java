package com.scanport.platform;

/** What kind of failure a use case reports; each surface turns it into its own status and body. */
public enum Failure {
    INVALID_INPUT,
    NOT_FOUND,
    /** Something unique (a username, an e-mail address) is taken already. */
    DUPLICATE,
    /** The caller could not prove who they are (wrong password, unusable token). */
    UNAUTHENTICATED,
    /** The caller is known but may not do this. */
    FORBIDDEN,
    /** Too many failed attempts; the exception says when to try again. */
    RATE_LIMITED,
    /** The request is larger than this server takes. */
    TOO_LARGE,
    /** The request did not arrive in full, or arrived too slowly to be worth a server thread. */
    TOO_SLOW,
    /** An idempotency key that already named a different request. */
    KEY_REUSED,
    /** The thing is busy or in a state that does not allow this now (a batch already running). */
    CONFLICT
}
