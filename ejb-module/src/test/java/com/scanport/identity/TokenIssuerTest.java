package com.scanport.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Signature;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenIssuerTest {

    @TempDir
    Path dir;

    @Test
    void tokensCarryTheClaimsAndAreSignedWithTheKeyPair() throws Exception {
        TokenIssuer issuer = new TokenIssuer();
        issuer.issuer = "scanport";
        issuer.lifetimeSeconds = 600;
        issuer.clock = Clock.fixed(Instant.parse("2026-12-01T12:00:00Z"), ZoneOffset.UTC);
        issuer.keys = SigningKeys.loadOrGenerate(dir.resolve("key.pem"));
        assertTrue(Files.exists(dir.resolve("key.pem")));

        IssuedToken token = issuer.issue(7, "ann", List.of("user", "admin"), 3);
        assertEquals(600, token.expiresIn());
        String[] parts = token.accessToken().split("\\.");
        JsonObject claims = Json.createReader(new StringReader(new String(Base64.getUrlDecoder().decode(parts[1]),
                StandardCharsets.UTF_8))).readObject();
        assertEquals("scanport", claims.getString("iss"));
        assertEquals("7", claims.getString("sub"));
        assertEquals("ann", claims.getString("upn"));
        assertEquals(List.of("user", "admin"), claims.getJsonArray("groups").getValuesAs(
                jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
        long now = Instant.parse("2026-12-01T12:00:00Z").getEpochSecond();
        assertEquals(now, claims.getJsonNumber("iat").longValue());
        assertEquals(now + 600, claims.getJsonNumber("exp").longValue());
        assertEquals(3, claims.getInt(TokenIssuer.TOKEN_GENERATION_CLAIM));

        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initVerify(issuer.keys.getPublic());
        rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertTrue(rsa.verify(Base64.getUrlDecoder().decode(parts[2])));
    }

    private TokenIssuer issuerAt(Instant now) throws Exception {
        TokenIssuer issuer = new TokenIssuer();
        issuer.issuer = "scanport";
        issuer.lifetimeSeconds = 600;
        issuer.clock = Clock.fixed(now, ZoneOffset.UTC);
        issuer.keys = SigningKeys.loadOrGenerate(dir.resolve("key.pem"));
        return issuer;
    }

    @Test
    void aDevicesTokenNamesItsSignInAndReadsBack() throws Exception {
        Instant now = Instant.parse("2026-12-01T12:00:00Z");
        TokenIssuer issuer = issuerAt(now);
        String token = issuer.issueForDevice(7, "ann", List.of("user"), 3, 42, "device-0123456789abcdef").accessToken();
        TokenClaims claims = issuer.read(token).orElseThrow();
        assertEquals(new TokenClaims("7", now.getEpochSecond(), null, now.getEpochSecond() + 600, 3L, 42L), claims);
        JsonObject payload = Json.createReader(new StringReader(new String(Base64.getUrlDecoder()
                .decode(token.split("\\.")[1]), StandardCharsets.UTF_8))).readObject();
        assertEquals("device-0123456789abcdef", payload.getString(TokenIssuer.DEVICE_ID_CLAIM));
        assertNull(issuer.read(issuer.issue(7, "ann", List.of("user"), 3).accessToken()).orElseThrow().deviceSignIn(),
                "a login's token names no device");
    }

    @Test
    void onlyItsOwnUnexpiredUntamperedTokensAreRead() throws Exception {
        Instant now = Instant.parse("2026-12-01T12:00:00Z");
        TokenIssuer issuer = issuerAt(now);
        String token = issuer.issue(7, "ann", List.of("user"), 3).accessToken();
        String[] parts = token.split("\\.");

        assertTrue(issuerAt(now.plusSeconds(599)).read(token).isPresent());
        assertTrue(issuerAt(now.plusSeconds(600)).read(token).isEmpty(), "expired");

        String otherClaims = Base64.getUrlEncoder().withoutPadding().encodeToString(new String(Base64.getUrlDecoder()
                .decode(parts[1]), StandardCharsets.UTF_8).replace("\"sub\":\"7\"", "\"sub\":\"8\"")
                .getBytes(StandardCharsets.UTF_8));
        assertTrue(issuer.read(parts[0] + "." + otherClaims + "." + parts[2]).isEmpty(), "claims changed");
        String none = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}"
                .getBytes(StandardCharsets.UTF_8));
        assertTrue(issuer.read(none + "." + parts[1] + ".").isEmpty(), "no algorithm of the token's choosing");
        assertTrue(issuer.read(token + ".x").isEmpty());
        assertTrue(issuer.read("").isEmpty());
        assertTrue(issuer.read(null).isEmpty());
        assertTrue(issuer.read("a.b.c").isEmpty());

        TokenIssuer stranger = issuerAt(now);
        stranger.keys = SigningKeys.loadOrGenerate(dir.resolve("other.pem"));
        assertTrue(issuer.read(stranger.issue(7, "ann", List.of("user"), 3).accessToken()).isEmpty(),
                "signed with another key");
        stranger.keys = issuer.keys;
        stranger.issuer = "elsewhere";
        assertTrue(issuer.read(stranger.issue(7, "ann", List.of("user"), 3).accessToken()).isEmpty(),
                "another issuer");
    }
}
