package com.scanport.platform;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 signatures of short texts under one key (signed addresses, QR tokens), as
 * base64url, checked in constant time. One keyed MAC per thread: signing is on request paths.
 */
public final class Signatures {

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final ThreadLocal<Mac> macs;

    public Signatures(byte[] key) {
        byte[] copy = key.clone();
        macs = ThreadLocal.withInitial(() -> keyedMac(copy));
    }

    /** The signature of {@code text} (UTF-8): 43 base64url characters. */
    public String sign(String text) {
        return BASE64URL.encodeToString(macs.get().doFinal(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Whether {@code signature} is {@code text}'s, compared in constant time. */
    public boolean verifies(String text, String signature) {
        return signature != null && MessageDigest.isEqual(sign(text).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }

    private static Mac keyedMac(byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot key an HMAC-SHA256", e);
        }
    }
}
