package com.scanport.identity.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fish.payara.microprofile.jwtauth.eesecurity.SignedJWTCredential;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

class VerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2026-12-02T12:00:00Z");
    private static final String COMPACT = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiI0MiJ9.c2lnbmF0dXJl";
    /** COMPACT up to its signature. */
    private static final String SIGNED_PART = COMPACT.substring(0, COMPACT.lastIndexOf('.') + 1);

    private Instant now = NOW;
    private final VerifiedTokens tokens = new VerifiedTokens(new Clock() {
        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    @Test
    void aRememberedTokenIsRecalledByItsExactCompactFormOnly() {
        PayaraToken token = new PayaraToken(COMPACT, NOW.plusSeconds(60), Set.of("USER"));
        tokens.remember(token);

        VerifiedTokens.Verified verified = tokens.recall(COMPACT).orElseThrow();
        assertSame(token, verified.principal());
        assertEquals(Set.of("USER"), verified.groups());
        // The same claims under another signature, or any other change, is verified afresh.
        assertTrue(tokens.recall(COMPACT.substring(0, COMPACT.length() - 1) + "x").isEmpty());
        assertTrue(tokens.recall(COMPACT + ".").isEmpty());
        assertTrue(tokens.recall(COMPACT.replace('e', '\u00e9')).isEmpty());
    }

    @Test
    void aTokenIsForgottenAtItsExpiry() {
        tokens.remember(new PayaraToken(COMPACT, NOW.plusSeconds(60), Set.of("USER")));
        now = NOW.plusSeconds(59);
        assertTrue(tokens.recall(COMPACT).isPresent());
        now = NOW.plusSeconds(60);
        assertTrue(tokens.recall(COMPACT).isEmpty());
        assertEquals(0, tokens.size());
    }

    @Test
    void anExpiredTokenOrOneNoIdentityStoreCanHandBackIsNotRemembered() {
        tokens.remember(new PayaraToken(COMPACT, NOW, Set.of("USER")));
        tokens.remember(new OtherServersToken(COMPACT, NOW.plusSeconds(60)));
        assertTrue(tokens.recall(COMPACT).isEmpty());
        assertEquals(0, tokens.size());
    }

    @Test
    void atCapacityExpiredTokensMakeRoomFirstAndANewTokenAlwaysGetsIn() {
        for (int i = 0; i < VerifiedTokens.CAPACITY; i++) {
            tokens.remember(new PayaraToken(signedBy("signature " + i), NOW.plusSeconds(i < 10 ? 30 : 600), Set.of()));
        }
        now = NOW.plusSeconds(30);
        tokens.remember(new PayaraToken(COMPACT, NOW.plusSeconds(600), Set.of()));
        assertTrue(tokens.recall(COMPACT).isPresent());
        assertEquals(VerifiedTokens.CAPACITY - 9, tokens.size(), "the ten expired ones made room");

        for (int i = 0; i < 20; i++) {
            tokens.remember(new PayaraToken(signedBy("another signature " + i), NOW.plusSeconds(600), Set.of()));
        }
        assertEquals(VerifiedTokens.CAPACITY, tokens.size(), "full of live tokens, each new one displaces one");
        assertTrue(tokens.recall(signedBy("another signature 19")).isPresent());
    }

    @Test
    void aSignatureSpelledOtherwiseThanBase64urlWritesItIsNotRemembered() {
        // Two bytes are three characters, the last with two unused bits. The same bytes with
        // those bits set, in the standard alphabet, padded; an empty or broken signature.
        byte[] bytes = {(byte) 0xfb, (byte) 0xff};
        String urlSafe = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        assertEquals("-_8", urlSafe);
        for (String signature : new String[] {"-_9", "+/8", "-_8=", "-_8.", "c2lnbmF0dXJl0", ""}) {
            tokens.remember(new PayaraToken(SIGNED_PART + signature, NOW.plusSeconds(60), Set.of("USER")));
            assertTrue(tokens.recall(SIGNED_PART + signature).isEmpty(), signature);
        }
        assertEquals(0, tokens.size());
        tokens.remember(new PayaraToken(SIGNED_PART + urlSafe, NOW.plusSeconds(60), Set.of("USER")));
        assertTrue(tokens.recall(SIGNED_PART + urlSafe).isPresent());

        // An RS256 signature is 256 bytes, as TokenIssuer writes it: remembered.
        byte[] rs256 = new byte[256];
        new Random(7).nextBytes(rs256);
        String issued = SIGNED_PART + Base64.getUrlEncoder().withoutPadding().encodeToString(rs256);
        tokens.remember(new PayaraToken(issued, NOW.plusSeconds(60), Set.of("USER")));
        assertTrue(tokens.recall(issued).isPresent());
    }

    /** A compact token whose signature is the base64url of {@code signature}'s bytes. */
    private static String signedBy(String signature) {
        return SIGNED_PART + Base64.getUrlEncoder().withoutPadding().encodeToString(signature.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aTokenRememberedAgainOrForgottenLeavesOneEntryOrNone() {
        PayaraToken token = new PayaraToken(COMPACT, NOW.plusSeconds(60), Set.of("USER"));
        tokens.remember(token);
        tokens.remember(new PayaraToken(COMPACT, NOW.plusSeconds(60), Set.of("USER")));
        assertSame(token, tokens.recall(COMPACT).orElseThrow().principal(), "the first stays");
        assertEquals(1, tokens.size());

        tokens.forget(token);
        assertTrue(tokens.recall(COMPACT).isEmpty());
        assertEquals(0, tokens.size());
    }

    @Test
    void theStoreAnswersPayarasBearerCredentialForARememberedTokenOnly() throws ReflectiveOperationException {
        VerifiedTokenStore store = new VerifiedTokenStore();
        Field field = VerifiedTokenStore.class.getDeclaredField("tokens");
        field.setAccessible(true);
        field.set(store, tokens);
        PayaraToken token = new PayaraToken(COMPACT, NOW.plusSeconds(60), Set.of("USER", "ADMIN"));
        tokens.remember(token);

        CredentialValidationResult valid = store.validate(new SignedJWTCredential(COMPACT));
        assertEquals(CredentialValidationResult.Status.VALID, valid.getStatus());
        assertSame(token, valid.getCallerPrincipal());
        assertEquals(Set.of("USER", "ADMIN"), valid.getCallerGroups());

        assertEquals(CredentialValidationResult.Status.NOT_VALIDATED,
                store.validate(new SignedJWTCredential(COMPACT + "x")).getStatus());
        assertEquals(CredentialValidationResult.Status.NOT_VALIDATED,
                store.validate(new UsernamePasswordCredential("42", COMPACT)).getStatus());
        now = NOW.plusSeconds(60);
        assertEquals(CredentialValidationResult.Status.NOT_VALIDATED,
                store.validate(new SignedJWTCredential(COMPACT)).getStatus());
        assertTrue(store.priority() < 100, "ahead of Payara's own store");
    }

    /** As Payara's MicroProfile JWT makes it: a caller principal that is the verified token. */
    private static final class PayaraToken extends CallerPrincipal implements JsonWebToken {
        private final Map<String, Object> claims;

        PayaraToken(String raw, Instant expiry, Set<String> groups) {
            super("42");
            claims = Map.of("raw_token", raw, "exp", expiry.getEpochSecond(), "groups", groups);
        }

        @Override
        public Set<String> getClaimNames() {
            return claims.keySet();
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getClaim(String name) {
            return (T) claims.get(name);
        }
    }

    /** As WildFly's makes it: the verified token, but no caller principal. */
    private record OtherServersToken(String raw, Instant expiry) implements JsonWebToken, Principal {
        @Override
        public String getName() {
            return "42";
        }

        @Override
        public Set<String> getClaimNames() {
            return Set.of("raw_token", "exp");
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getClaim(String name) {
            return (T) ("raw_token".equals(name) ? raw : Long.valueOf(expiry.getEpochSecond()));
        }
    }
}
