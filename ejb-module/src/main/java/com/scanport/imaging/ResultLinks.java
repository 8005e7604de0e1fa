package com.scanport.imaging;

import com.scanport.identity.SigningKeys;
import com.scanport.platform.Signatures;
import java.time.Instant;

/**
 * Signatures of result and original picture URLs, so that an {@code <img>} tag shows them
 * without a token: an HMAC over job, option and expiry, under a key derived from the signing
 * key (so every instance of a cluster accepts what another signed).
 */
public final class ResultLinks {

    /** Keyed on first use, when the server's signing key is there. */
    private static final class Key {
        static final Signatures LINKS = new Signatures(SigningKeys.derivedKey("result-links"));
    }

    private ResultLinks() {
    }

    /** The signature of {@code /results/<jobId>/<option>} until {@code expires} (epoch seconds). */
    public static String signature(long jobId, String option, long expires) {
        return Key.LINKS.sign(jobId + "/" + option + "/" + expires);
    }

    /** Whether {@code signature} is this server's for the picture and has not expired at {@code now}. */
    public static boolean valid(long jobId, String option, long expires, String signature, Instant now) {
        return expires >= now.getEpochSecond() && Key.LINKS.verifies(jobId + "/" + option + "/" + expires, signature);
    }
}
