package com.scanport.cart;

import com.scanport.identity.SigningKeys;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The token a cart's QR code holds: {@code <cart>.<expires>.<id>.<signature>}, the signature an
 * HMAC-SHA256 over the rest under a key derived from the signing key (every instance of a
 * cluster accepts what another signed). Short, so that the code stays small on a cart's screen;
 * the random id lets a scan record the token as used.
 */
final class CartQrTokens {

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern FORM = Pattern.compile("(\\d{1,18})\\.(\\d{1,12})\\.([A-Za-z0-9_-]{22})\\.([A-Za-z0-9_-]{43})");

    private final ThreadLocal<Mac> macs;

    /** Tokens signed with {@code key}: the server's is derived from its signing key ({@link #ofServer()}). */
    CartQrTokens(byte[] key) {
        byte[] copy = key.clone();
        macs = ThreadLocal.withInitial(() -> keyedMac(copy));
    }

    static CartQrTokens ofServer() {
        return new CartQrTokens(SigningKeys.derivedKey("cart-qr"));
    }

    /** What a genuine token says. */
    record Token(long cartId, long expires, String id) {
    }

    String issue(long cartId, Instant expires) {
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        String unsigned = cartId + "." + expires.getEpochSecond() + "." + BASE64URL.encodeToString(random);
        return unsigned + "." + signature(unsigned);
    }

    /** The token's claims if this server signed it and it has not expired at {@code now}; empty for anything else. */
    Optional<Token> read(String token, Instant now) {
        Matcher parts = token == null ? null : FORM.matcher(token);
        if (parts == null || !parts.matches()) {
            return Optional.empty();
        }
        String unsigned = token.substring(0, token.lastIndexOf('.'));
        if (!MessageDigest.isEqual(signature(unsigned).getBytes(StandardCharsets.US_ASCII),
                parts.group(4).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        long expires = Long.parseLong(parts.group(2));
        if (expires <= now.getEpochSecond()) {
            return Optional.empty();
        }
        return Optional.of(new Token(Long.parseLong(parts.group(1)), expires, parts.group(3)));
    }

    private String signature(String unsigned) {
        return BASE64URL.encodeToString(macs.get().doFinal(("cart-qr/" + unsigned).getBytes(StandardCharsets.US_ASCII)));
    }

    private static Mac keyedMac(byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot key the cart QR signatures", e);
        }
    }
}
