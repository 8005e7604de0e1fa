package com.scanport.store;

import com.scanport.platform.Secrets;

/**
 * A client's {@code Idempotency-Key} for one buy or transfer: the key's digest, and the digest of
 * the request it names, so that a retry of the same request is told from a different one.
 */
public record RetryKey(String keyDigest, String requestDigest) {

    /** The longest key a client may send. */
    public static final int MAX_LENGTH = 255;

    static RetryKey of(String key, String request) {
        return key == null ? null : new RetryKey(Secrets.sha256Hex(key), Secrets.sha256Hex(request));
    }
}
