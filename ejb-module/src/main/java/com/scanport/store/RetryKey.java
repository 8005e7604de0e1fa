package com.scanport.store;

import com.scanport.platform.InvalidInputException;
import com.scanport.platform.Secrets;
import java.util.Map;

/**
 * A client's {@code Idempotency-Key} for one buy, transfer or cart checkout: the key's digest, and the digest of
 * the request it names, so that a retry of the same request is told from a different one.
 */
public record RetryKey(String keyDigest, String requestDigest) {

    /** The longest key a client may send. */
    public static final int MAX_LENGTH = 255;

    /** A retry key as a client sent it ({@code Idempotency-Key}), if it is one: 1 to 255 printable characters. */
    public static String checked(String retryKey) {
        if (retryKey != null && !retryKey.matches("[\\x21-\\x7E]{1," + MAX_LENGTH + "}")) {
            throw new InvalidInputException("Idempotency-Key must be 1 to " + MAX_LENGTH + " printable characters",
                    Map.of("Idempotency-Key", "is malformed"));
        }
        return retryKey;
    }

    static RetryKey of(String key, String request) {
        return key == null ? null : new RetryKey(Secrets.sha256Hex(key), Secrets.sha256Hex(request));
    }
}
