package com.scanport.identity.web;

import com.scanport.identity.Accounts;
import com.scanport.identity.TokenClaims;
import com.scanport.identity.TokenIssuer;
import com.scanport.identity.UserView;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whose a user's token is, if it is still good. A signature and an expiry are not enough: the
 * token must also have times this server gives its tokens, and it stops working when its user
 * is deleted or changes their password. {@link TokenCheck} asks this for every bearer token
 * MicroProfile JWT verified; a surface that also takes a token from elsewhere (device login's
 * {@code rds-session} cookie) asks it for that one.
 */
@ApplicationScoped
public class TokenHolders {

    private static final Pattern USER_ID = Pattern.compile("\\d{1,18}");

    @EJB
    private Accounts accounts;

    @Inject
    private TokenIssuer issuer;

    /** The user of a token's verified claims; empty when the token is not, or no longer, a user's good token. */
    public Optional<UserView> holder(TokenClaims claims) {
        if (claims.generation() == null || claims.subject() == null || !USER_ID.matcher(claims.subject()).matches()
                || !issuer.plausible(claims.issuedAt(), claims.notBefore(), claims.expiresAt(),
                        issuer.userTokenLifetimeSeconds())) {
            return Optional.empty();
        }
        return accounts.tokenHolder(Long.parseLong(claims.subject()), claims.generation());
    }

    /** A user's token in its compact form, verified here (signature, issuer, expiry) and then as {@link #holder}. */
    public Optional<SignedIn> signedIn(String compactToken) {
        return issuer.read(compactToken).flatMap(claims -> holder(claims).map(user -> new SignedIn(user, claims)));
    }

    /** A user with a good token, and what the token says. */
    public record SignedIn(UserView user, TokenClaims claims) {
    }
}
