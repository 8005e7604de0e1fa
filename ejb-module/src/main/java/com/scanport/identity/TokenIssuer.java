package com.scanport.identity;

import com.scanport.platform.Roles;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.Signature;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signs Scanport's access tokens (RS256, with {@link SigningKeys}) for MicroProfile JWT to
 * verify: {@code iss}, {@code sub} (the user id), {@code upn}, {@code groups}, {@code iat},
 * {@code exp}, {@code jti}, and {@code tgen}, the user's token generation. A device's token
 * (device login) also names the device ({@code device_id}) and its sign-in ({@code dsi}).
 * Tokens that arrive where MicroProfile JWT does not look (a cookie) are verified here.
 */
@ApplicationScoped
public class TokenIssuer {

    /** The claim that ties a token to the password it was issued under. */
    public static final String TOKEN_GENERATION_CLAIM = "tgen";

    /** The claim that ties a device's token to its sign-in, which the user can revoke. */
    public static final String DEVICE_SIGN_IN_CLAIM = "dsi";

    /** The claim that names the device a token was handed to. */
    public static final String DEVICE_ID_CLAIM = "device_id";

    /** The subject of the image desk's staff tokens, which belong to no user. */
    public static final String STAFF_SUBJECT = "staff-desk";

    /** How far another instance's clock may run ahead of this one's. */
    static final long CLOCK_SKEW_SECONDS = 60;

    /** Longer than any token this issuer signs. */
    private static final int MAX_TOKEN_LENGTH = 8192;

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
        return sign(Long.toString(userId), username, groups, tokenGeneration, lifetimeSeconds, null, null);
    }

    /** A user's token for one of their devices: a user's token that also names the device and its sign-in. */
    IssuedToken issueForDevice(long userId, String username, List<String> groups, int tokenGeneration,
                               long signIn, String deviceId) {
        return sign(Long.toString(userId), username, groups, tokenGeneration, lifetimeSeconds, signIn, deviceId);
    }

    /**
     * The claims of a token this issuer signed and that has not expired, read from its compact
     * form; empty for anything else. Only the exact header this issuer writes is accepted, so
     * no token chooses its own algorithm.
     */
    public Optional<TokenClaims> read(String compact) {
        if (compact == null || compact.length() > MAX_TOKEN_LENGTH || !compact.startsWith(HEADER + ".")) {
            return Optional.empty();
        }
        int signatureAt = compact.lastIndexOf('.');
        if (signatureAt <= HEADER.length()) {
            return Optional.empty();
        }
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initVerify(keys.getPublic());
            rsa.update(compact.substring(0, signatureAt).getBytes(StandardCharsets.US_ASCII));
            if (!rsa.verify(Base64.getUrlDecoder().decode(compact.substring(signatureAt + 1)))) {
                return Optional.empty();
            }
            JsonObject claims;
            try (JsonReader reader = Json.createReader(new StringReader(new String(Base64.getUrlDecoder()
                    .decode(compact.substring(HEADER.length() + 1, signatureAt)), StandardCharsets.UTF_8)))) {
                claims = reader.readObject();
            }
            Long expiresAt = whole(claims, "exp");
            Long issuedAt = whole(claims, "iat");
            if (!issuer.equals(text(claims, "iss")) || expiresAt == null || issuedAt == null
                    || expiresAt <= clock.instant().getEpochSecond() || text(claims, "sub") == null) {
                return Optional.empty();
            }
            return Optional.of(new TokenClaims(text(claims, "sub"), issuedAt, whole(claims, "nbf"), expiresAt,
                    whole(claims, TOKEN_GENERATION_CLAIM), whole(claims, DEVICE_SIGN_IN_CLAIM)));
        } catch (GeneralSecurityException | RuntimeException notOurs) {
            // Bad base64, not JSON, a claim of the wrong type: not a token of ours either.
            return Optional.empty();
        }
    }

    private static String text(JsonObject claims, String name) {
        return claims.get(name) instanceof JsonString text ? text.getString() : null;
    }

    private static Long whole(JsonObject claims, String name) {
        return claims.get(name) instanceof JsonNumber number && number.isIntegral() ? number.longValueExact() : null;
    }

    /**
     * A token that names no user: the image desk's shared staff login. {@code tgen} carries
     * the desk's password generation, so a new desk password ends the tokens of the old one.
     */
    IssuedToken issueStaff(int deskGeneration, long lifetime) {
        return sign(STAFF_SUBJECT, "staff", List.of(Roles.STAFF), deskGeneration, lifetime, null, null);
    }

    private IssuedToken sign(String subject, String upn, List<String> groups, int tokenGeneration, long lifetime,
                             Long deviceSignIn, String deviceId) {
        long now = clock.instant().getEpochSecond();
        JsonArrayBuilder groupArray = Json.createArrayBuilder();
        groups.forEach(groupArray::add);
        JsonObjectBuilder claimSet = Json.createObjectBuilder()
                .add("iss", issuer)
                .add("sub", subject)
                .add("upn", upn)
                .add("groups", groupArray)
                .add("iat", now)
                .add("exp", now + lifetime)
                .add("jti", UUID.randomUUID().toString())
                .add(TOKEN_GENERATION_CLAIM, tokenGeneration);
        if (deviceSignIn != null) {
            claimSet.add(DEVICE_SIGN_IN_CLAIM, deviceSignIn).add(DEVICE_ID_CLAIM, deviceId);
        }
        String claims = claimSet.build().toString();
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
