package com.scanport.cart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Cart QR tokens through time (the clock is moved, never waited for) and under tampering. */
class CartQrTokensTest {

    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
    private final CartQrTokens tokens = new CartQrTokens("test key of thirty-two bytes....".getBytes());

    @Test
    void aTokenNamesItsCartUntilItExpires() {
        String token = tokens.issue(42, NOW.plusSeconds(60));
        CartQrTokens.Token read = tokens.read(token, NOW.plusSeconds(59)).orElseThrow();
        assertEquals(42, read.cartId());
        assertEquals(NOW.plusSeconds(60).getEpochSecond(), read.expires());
        assertEquals(22, read.id().length());
        assertTrue(tokens.read(token, NOW.plusSeconds(60)).isEmpty(), "expired");
        assertTrue(token.length() < 90, "short enough for a small code: " + token);
        assertNotEquals(read.id(), tokens.read(tokens.issue(42, NOW.plusSeconds(60)), NOW).orElseThrow().id(),
                "every token has its own id");
    }

    @Test
    void anythingElseIsNoToken() {
        String token = tokens.issue(42, NOW.plusSeconds(60));
        String[] parts = token.split("\\.");
        assertTrue(tokens.read("43." + parts[1] + "." + parts[2] + "." + parts[3], NOW).isEmpty(), "another cart");
        assertTrue(tokens.read(parts[0] + "." + (Long.parseLong(parts[1]) + 3600) + "." + parts[2] + "." + parts[3], NOW)
                .isEmpty(), "a longer life");
        assertTrue(new CartQrTokens("another key of thirty-two bytes.".getBytes()).read(token, NOW).isEmpty(),
                "another server's");
        assertTrue(tokens.read(token + "x", NOW).isEmpty());
        assertTrue(tokens.read("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl", NOW).isEmpty(), "a login token");
        assertTrue(tokens.read("", NOW).isEmpty());
        assertTrue(tokens.read(null, NOW).isEmpty());
    }
}
