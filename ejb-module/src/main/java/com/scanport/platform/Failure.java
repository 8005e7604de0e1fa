package com.scanport.platform;

/** What kind of failure a use case reports; each surface turns it into its own status and body. */
public enum Failure {
    INVALID_INPUT,
    NOT_FOUND
}
