package com.scanport.identity;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.Signature;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signs Scanport's access tokens (RS256, with {@link SigningKeys}) for MicroProfile JWT to
 * verify: {@code iss}, {@code sub} (the user id), {@code upn}, {@code groups}, {@code iat},
 * {@code exp}, {@code jti}, and {@code tgen}, the user's token generation.
 */
@ApplicationScoped
public class TokenIssuer {

    /** The claim that ties a token to the password it was issued under. */
    public static final String TOKEN_GENERATION_CLAIM = "tgen";

    /** How far another instance's clock may run ahead of this one's. */
    static final long CLOCK_SKEW_SECONDS = 60;

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    private static final String HEADER = BASE64URL.encodeToString(
            "{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.issuer")
    String issuer;

    @Inject
    @ConfigProperty(name = "scanport.jwt.lifetime-seconds", defaultValue = "21600")
    long lifetimeSeconds;

    @Inject
    Clock clock;

    KeyPair keys;

    @PostConstruct
    void loadKeys() {
        keys = SigningKeys.keyPair();
    }

    /**
     * Whether a correctly signed token's times are ones this issuer could have given it: issued
     * (and valid from) no later than the clock skew from now, and living no longer than a login
     * token does. This issuer gives no token other times, so a token that has them, however
     * well signed, was not made by a login.
     */
    public boolean plausible(long issuedAt, Long notBefore, long expiresAt) {
        long latest = clock.instant().getEpochSecond() + CLOCK_SKEW_SECONDS;
        return issuedAt <= latest && (notBefore == null || notBefore <= latest)
                && expiresAt - issuedAt <= lifetimeSeconds;
    }

    public IssuedToken issue(long userId, String username, List<String> groups, int tokenGeneration) {
        long now = clock.instant().getEpochSecond();
        JsonArrayBuilder groupArray = Json.createArrayBuilder();
        groups.forEach(groupArray::add);
        String claims = Json.createObjectBuilder()
                .add("iss", issuer)
                .add("sub", Long.toString(userId))
                .add("upn", username)
                .add("groups", groupArray)
                .add("iat", now)
                .add("exp", now + lifetimeSeconds)
                .add("jti", UUID.randomUUID().toString())
                .add(TOKEN_GENERATION_CLAIM, tokenGeneration)
                .build().toString();
        String signingInput = HEADER + "." + BASE64URL.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(keys.getPrivate());
            rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return new IssuedToken(signingInput + "." + BASE64URL.encodeToString(rsa.sign()), lifetimeSeconds);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign a token", e);
        }
    }
}
