package com.scanport.identity.web;

import com.scanport.identity.Accounts;
import com.scanport.identity.StaffDesk;
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
import java.util.regex.Pattern;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * A signature and an expiry are not enough: a token must also have times this server gives
 * its tokens, and it stops working when its user is deleted or changes their password.
 * Checked on every request that carries one. The image desk's staff tokens belong to no
 * user: they stop working when the desk's password changes.
 */
@Provider
@Priority(Priorities.AUTHENTICATION + 1)
public class TokenCheck implements ContainerRequestFilter {

    private static final Pattern USER_ID = Pattern.compile("\\d{1,18}");

    @EJB
    private Accounts accounts;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private TokenIssuer issuer;

    @EJB
    private StaffDesk staffDesk;

    @Override
    public void filter(ContainerRequestContext request) {
        // The principal is the verified token itself. The injectable JsonWebToken bean would
        // find it again on every request, through JNDI and a new SecurityContext bean.
        if (!(request.getSecurityContext().getUserPrincipal() instanceof JsonWebToken token)) {
            return;
        }
        Long generation = numericClaim(token, TokenIssuer.TOKEN_GENERATION_CLAIM);
        if (TokenIssuer.STAFF_SUBJECT.equals(token.getSubject())) {
            // The desk's shared login: no user behind it, only the desk's current password.
            if (generation == null || !staffDesk.accepts(token.getIssuedAtTime(), numericClaim(token, "nbf"),
                    token.getExpirationTime(), generation)) {
                throw new NotAuthorizedException("Bearer");
            }
            return;
        }
        if (!issuer.plausible(token.getIssuedAtTime(), numericClaim(token, "nbf"), token.getExpirationTime(),
                issuer.userTokenLifetimeSeconds())) {
            throw new NotAuthorizedException("Bearer");
        }
        long userId = userId(token);
        UserView holder = userId < 0 || generation == null ? null
                : accounts.tokenHolder(userId, generation).orElse(null);
        if (holder == null) {
            throw new NotAuthorizedException("Bearer");
        }
        currentUser.checked(holder);
    }

    /** The user id in {@code sub}, or -1 when the token has none that is a number. */
    private static long userId(JsonWebToken token) {
        String subject = token.getSubject();
        if (subject == null || !USER_ID.matcher(subject).matches()) {
            return -1;
        }
        return Long.parseLong(subject);
    }

    /** A whole-number claim, or null when the token has none. */
    private static Long numericClaim(JsonWebToken token, String name) {
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
