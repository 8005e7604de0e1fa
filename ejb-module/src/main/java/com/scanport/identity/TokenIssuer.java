package com.scanport.identity;

import com.scanport.platform.Roles;
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

    /** The subject of the image desk's staff tokens, which belong to no user. */
    public static final String STAFF_SUBJECT = "staff-desk";

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
     * (and valid from) no later than the clock skew from now, and living no longer than
     * {@code lifetime} seconds, the lifetime this issuer gives that kind of token. This issuer
     * gives no token other times, so a token that has them, however well signed, was not made here.
     */
    public boolean plausible(long issuedAt, Long notBefore, long expiresAt, long lifetime) {
        long latest = clock.instant().getEpochSecond() + CLOCK_SKEW_SECONDS;
        return issuedAt <= latest && (notBefore == null || notBefore <= latest)
                && expiresAt - issuedAt <= lifetime;
    }

    /** The lifetime of a user's token (a login's). */
    public long userTokenLifetimeSeconds() {
        return lifetimeSeconds;
    }

    public IssuedToken issue(long userId, String username, List<String> groups, int tokenGeneration) {
        return sign(Long.toString(userId), username, groups, tokenGeneration, lifetimeSeconds);
    }

    /**
     * A token that names no user: the image desk's shared staff login. {@code tgen} carries
     * the desk's password generation, so a new desk password ends the tokens of the old one.
     */
    IssuedToken issueStaff(int deskGeneration, long lifetime) {
        return sign(STAFF_SUBJECT, "staff", List.of(Roles.STAFF), deskGeneration, lifetime);
    }

    private IssuedToken sign(String subject, String upn, List<String> groups, int tokenGeneration, long lifetime) {
        long now = clock.instant().getEpochSecond();
        JsonArrayBuilder groupArray = Json.createArrayBuilder();
        groups.forEach(groupArray::add);
        String claims = Json.createObjectBuilder()
                .add("iss", issuer)
                .add("sub", subject)
                .add("upn", upn)
                .add("groups", groupArray)
                .add("iat", now)
                .add("exp", now + lifetime)
                .add("jti", UUID.randomUUID().toString())
                .add(TOKEN_GENERATION_CLAIM, tokenGeneration)
                .build().toString();
        String signingInput = HEADER + "." + BASE64URL.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(keys.getPrivate());
            rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return new IssuedToken(signingInput + "." + BASE64URL.encodeToString(rsa.sign()), lifetime);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign a token", e);
        }
    }
}
