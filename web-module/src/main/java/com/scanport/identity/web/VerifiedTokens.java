package com.scanport.identity.web;

import com.scanport.platform.Secrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.CallerPrincipal;
import java.time.Clock;
import java.util.Base64;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Bearer tokens the server's MicroProfile JWT has already verified, until they expire, so that
 * the next request with the same token skips the signature check ({@link VerifiedTokenStore}).
 * Only a principal the container made from a token it verified is remembered, and only once
 * {@link TokenCheck} has found the token still its holder's; a token is known by the SHA-256 of
 * its whole compact form, so a token differing in any character, the signature included, is
 * verified afresh. Whether it is still good (its user, their password, its device) is checked
 * on every request all the same, so revocation stays immediate. Among the times, Payara's verdict
 * on a token depends on its {@code exp} alone, as this server sets neither a clock skew nor
 * {@code mp.jwt.verify.token.age}; a token age set there would have to be checked on recall too.
 */
@ApplicationScoped
public class VerifiedTokens {

    /** A few thousand tokens in use at once; each entry holds a parsed token of about 2 KB. */
    static final int CAPACITY = 4_096;

    private final ConcurrentHashMap<String, Verified> verified = new ConcurrentHashMap<>();

    @Inject
    private Clock clock;

    VerifiedTokens() {
    }

    VerifiedTokens(Clock clock) {
        this.clock = clock;
    }

    /** A token the container verified, with the groups it grants, until its expiry. */
    public record Verified(CallerPrincipal principal, Set<String> groups, long expiresAt) {
    }

    /**
     * Remembers a verified token. Only the principal Payara's MicroProfile JWT makes is also a
     * {@link CallerPrincipal}, which an identity store can hand back; other servers' tokens are
     * verified by their own mechanisms, which ask no identity store.
     */
    public void remember(JsonWebToken token) {
        if (!(token instanceof CallerPrincipal principal) || token.getRawToken() == null) {
            return;
        }
        long now = clock.instant().getEpochSecond();
        if (token.getExpirationTime() <= now) {
            return;
        }
        String key = Secrets.sha256Hex(token.getRawToken());
        if (verified.containsKey(key) || !hasCanonicalSignature(token.getRawToken())) {
            return;
        }
        if (verified.size() >= CAPACITY) {
            verified.values().removeIf(entry -> entry.expiresAt() <= now);
            // Still full of live tokens: one of them, any (keys are digests), is verified afresh next time.
            Iterator<String> any = verified.keySet().iterator();
            while (verified.size() >= CAPACITY && any.hasNext()) {
                any.next();
                any.remove();
            }
        }
        verified.putIfAbsent(key, new Verified(principal,
                token.getGroups() == null ? Set.of() : Set.copyOf(token.getGroups()), token.getExpirationTime()));
    }

    /**
     * Whether the signature is written the one way base64url writes it. Payara's decoder also
     * takes other spellings of the same bytes (the standard alphabet's {@code +} and {@code /},
     * stray low bits in the last character), each a token it verifies: remembered, one signed
     * token would take many entries and push other users' out. Such a token is still accepted,
     * and verified afresh on every request.
     */
    static boolean hasCanonicalSignature(String compactToken) {
        String signature = compactToken.substring(compactToken.lastIndexOf('.') + 1);
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(signature);
            return bytes.length > 0 && signature.equals(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Forgets a token that is no longer good (its user is gone, their password changed). */
    public void forget(JsonWebToken token) {
        if (token.getRawToken() != null) {
            verified.remove(Secrets.sha256Hex(token.getRawToken()));
        }
    }

    /** The verified token with exactly this compact form, if it was remembered and has not expired since. */
    public Optional<Verified> recall(String compactToken) {
        String key = Secrets.sha256Hex(compactToken);
        Verified entry = verified.get(key);
        if (entry == null) {
            return Optional.empty();
        }
        if (entry.expiresAt() <= clock.instant().getEpochSecond()) {
            verified.remove(key, entry);
            return Optional.empty();
        }
        return Optional.of(entry);
    }

    int size() {
        return verified.size();
    }
}
