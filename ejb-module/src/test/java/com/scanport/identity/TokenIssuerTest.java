package com.scanport.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
}
