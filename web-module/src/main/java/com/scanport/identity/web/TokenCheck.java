package com.scanport.identity.web;

import com.scanport.identity.StaffDesk;
import com.scanport.identity.TokenClaims;
import com.scanport.identity.TokenIssuer;
import com.scanport.identity.UserView;
import jakarta.annotation.Priority;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Every request whose bearer token MicroProfile JWT verified: the token must still be a user's
 * good token ({@link TokenHolders}). The image desk's staff tokens belong to no user: they stop
 * working when the desk's password changes. A token found good is remembered as verified
 * ({@link VerifiedTokens}), so that its next request skips the signature check but not this one.
 */
@Provider
@Priority(Priorities.AUTHENTICATION + 1)
public class TokenCheck implements ContainerRequestFilter {

    @Inject
    private CurrentUser currentUser;

    @Inject
    private TokenHolders holders;

    @Inject
    private VerifiedTokens verifiedTokens;

    @EJB
    private StaffDesk staffDesk;

    @Override
    public void filter(ContainerRequestContext request) {
        // The principal is the verified token itself. The injectable JsonWebToken bean would
        // find it again on every request, through JNDI and a new SecurityContext bean.
        if (!(request.getSecurityContext().getUserPrincipal() instanceof JsonWebToken token)) {
            return;
        }
        TokenClaims claims = claims(token);
        if (TokenIssuer.STAFF_SUBJECT.equals(token.getSubject())) {
            // The desk's shared login: no user behind it, only the desk's current password.
            if (claims.generation() == null || !staffDesk.accepts(claims.issuedAt(), claims.notBefore(),
                    claims.expiresAt(), claims.generation())) {
                verifiedTokens.forget(token);
                throw new NotAuthorizedException("Bearer");
            }
            verifiedTokens.remember(token);
            return;
        }
        UserView holder = holders.holder(claims).orElseThrow(() -> {
            verifiedTokens.forget(token);
            return new NotAuthorizedException("Bearer");
        });
        currentUser.checked(holder);
        verifiedTokens.remember(token);
    }

    /** What the verified token says, as {@link TokenHolders} reads it. */
    public static TokenClaims claims(JsonWebToken token) {
        return new TokenClaims(token.getSubject(), token.getIssuedAtTime(), numericClaim(token, "nbf"),
                token.getExpirationTime(), numericClaim(token, TokenIssuer.TOKEN_GENERATION_CLAIM),
                numericClaim(token, TokenIssuer.DEVICE_SIGN_IN_CLAIM));
    }

    /** A whole-number claim, or null when the token has none. */
    public static Long numericClaim(JsonWebToken token, String name) {
        Object claim = token.getClaim(name);
        if (claim instanceof JsonNumber number && number.isIntegral()) {
            return number.longValue();
        }
        if (claim instanceof Number number) {
            return number.longValue();
        }
        return null;
    }
}
