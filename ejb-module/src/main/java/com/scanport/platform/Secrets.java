package com.scanport.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Comparing secrets (admin secrets, shared passwords, opaque tokens) without telling anything through timing. */
public final class Secrets {

    private Secrets() {
    }

    /**
     * The SHA-256 of {@code text} (UTF-8), in hex: how a high-entropy secret or a lookup key is
     * kept. One fixed-length value whatever the input; not for passwords (bcrypt is).
     */
    public static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Compares digests, so that neither the content nor the length of the secret leaks through timing. */
    public static boolean constantTimeEquals(String expected, String presented) {
        if (expected == null || presented == null) {
            return false;
        }
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            byte[] a = sha256.digest(expected.getBytes(StandardCharsets.UTF_8));
            byte[] b = sha256.digest(presented.getBytes(StandardCharsets.UTF_8));
            return MessageDigest.isEqual(a, b);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
