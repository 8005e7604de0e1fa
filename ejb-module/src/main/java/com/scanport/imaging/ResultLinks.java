package com.scanport.imaging;

import com.scanport.identity.SigningKeys;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signatures of result and original picture URLs, so that an {@code <img>} tag shows them
 * without a token: an HMAC over job, option and expiry, under a key derived from the signing
 * key (so every instance of a cluster accepts what another signed).
 */
public final class ResultLinks {

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    /** One keyed MAC per thread: a listing signs two or three addresses a job. */
    private static final ThreadLocal<Mac> MACS = ThreadLocal.withInitial(ResultLinks::keyedMac);

    private ResultLinks() {
    }

    /** The signature of {@code /results/<jobId>/<option>} until {@code expires} (epoch seconds). */
    public static String signature(long jobId, String option, long expires) {
        return BASE64URL.encodeToString(MACS.get().doFinal((jobId + "/" + option + "/" + expires)
                .getBytes(StandardCharsets.UTF_8)));
    }

    /** Whether {@code signature} is this server's for the picture and has not expired at {@code now}. */
    public static boolean valid(long jobId, String option, long expires, String signature, Instant now) {
        if (signature == null || expires < now.getEpochSecond()) {
            return false;
        }
        return MessageDigest.isEqual(signature(jobId, option, expires).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }

    private static Mac keyedMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SigningKeys.derivedKey("result-links"), "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign result links", e);
        }
    }
}
