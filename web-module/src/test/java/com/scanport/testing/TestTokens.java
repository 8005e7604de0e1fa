package com.scanport.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * Mints JWTs for tests with the signing key that the server under test generated in
 * its data directory, so that tokens are exactly what a real issuer would hand out.
 */
public final class TestTokens {

    public static final String ISSUER = "scanport";

    private final PrivateKey signingKey;

    private TestTokens(PrivateKey signingKey) {
        this.signingKey = signingKey;
    }

    public static TestTokens fromDataDir(Path dataDir) {
        Path file = dataDir.resolve("keys").resolve("jwt-signing-key.pem");
        try {
            String pem = Files.readString(file, StandardCharsets.US_ASCII)
                    .replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
            return new TestTokens(KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem))));
        } catch (IOException e) {
            throw new UncheckedIOException("The server has not written its signing key " + file, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A key the server has never seen: its tokens must be refused. */
    public static TestTokens foreign() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return new TestTokens(generator.generateKeyPair().getPrivate());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public String token(String subject, String... groups) {
        return token(ISSUER, subject, Instant.now().plusSeconds(600), groups);
    }

    public String token(String issuer, String subject, Instant expiresAt, String... groups) {
        var groupArray = Json.createArrayBuilder();
        for (String group : groups) {
            groupArray.add(group);
        }
        JsonObjectBuilder claims = Json.createObjectBuilder()
                .add("iss", issuer)
                .add("sub", subject)
                .add("upn", subject)
                .add("groups", groupArray)
                .add("iat", Instant.now().minusSeconds(5).getEpochSecond())
                .add("exp", expiresAt.getEpochSecond())
                .add("jti", UUID.randomUUID().toString());
        return sign(claims.build());
    }

    /** Any claims, signed as the server signs its tokens. */
    public String sign(JsonObject claims) {
        String header = base64Url(Json.createObjectBuilder().add("alg", "RS256").add("typ", "JWT").build().toString());
        String signingInput = header + "." + base64Url(claims.toString());
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(signingKey);
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The claims of a token, as the server reads them. */
    public static JsonObject claimsOf(String token) {
        String payload = token.split("\\.")[1];
        return Json.createReader(new java.io.StringReader(new String(Base64.getUrlDecoder().decode(payload),
                StandardCharsets.UTF_8))).readObject();
    }

    private static String base64Url(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
