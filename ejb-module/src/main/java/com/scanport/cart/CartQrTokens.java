package com.scanport.cart;

import com.scanport.identity.SigningKeys;
import com.scanport.platform.Secrets;
import com.scanport.platform.Signatures;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The token a cart's QR code holds: {@code <cart>.<expires>.<id>.<signature>}, the signature an
 * HMAC-SHA256 over the rest under a key derived from the signing key (every instance of a
 * cluster accepts what another signed). Short, so that the code stays small on a cart's screen;
 * the random id lets a scan record the token as used.
 */
final class CartQrTokens {

    private static final Pattern FORM = Pattern.compile("(\\d{1,18})\\.(\\d{1,12})\\.([A-Za-z0-9_-]{22})\\.([A-Za-z0-9_-]{43})");

    private final Signatures signatures;

    /** Tokens signed with {@code key}: the server's is derived from its signing key ({@link #ofServer()}). */
    CartQrTokens(byte[] key) {
        signatures = new Signatures(key);
    }

    static CartQrTokens ofServer() {
        return new CartQrTokens(SigningKeys.derivedKey("cart-qr"));
    }

    /** What a genuine token says. */
    record Token(long cartId, long expires, String id) {
    }

    String issue(long cartId, Instant expires) {
        String unsigned = cartId + "." + expires.getEpochSecond() + "." + Secrets.randomToken(16);
        return unsigned + "." + signatures.sign("cart-qr/" + unsigned);
    }

    /** The token's claims if this server signed it and it has not expired at {@code now}; empty for anything else. */
    Optional<Token> read(String token, Instant now) {
        Matcher parts = token == null ? null : FORM.matcher(token);
        if (parts == null || !parts.matches()) {
            return Optional.empty();
        }
        String unsigned = token.substring(0, token.lastIndexOf('.'));
        if (!signatures.verifies("cart-qr/" + unsigned, parts.group(4))) {
            return Optional.empty();
        }
        long expires = Long.parseLong(parts.group(2));
        if (expires <= now.getEpochSecond()) {
            return Optional.empty();
        }
        return Optional.of(new Token(Long.parseLong(parts.group(1)), expires, parts.group(3)));
    }
}
