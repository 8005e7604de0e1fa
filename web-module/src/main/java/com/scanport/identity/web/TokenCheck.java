package com.scanport.identity.web;

import com.scanport.identity.Accounts;
import com.scanport.identity.TokenIssuer;
import com.scanport.identity.UserView;
import jakarta.annotation.Priority;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * A signature and an expiry are not enough: a token must also have times this server gives
 * its tokens, and it stops working when its user is deleted or changes their password.
 * Checked on every request that carries one.
 */
@Provider
@Priority(Priorities.AUTHENTICATION + 1)
public class TokenCheck implements ContainerRequestFilter {

    @EJB
    private Accounts accounts;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private TokenIssuer issuer;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!(request.getSecurityContext().getUserPrincipal() instanceof JsonWebToken token)) {
            return;
        }
        if (!issuer.plausible(token.getIssuedAtTime(), currentUser.notBefore(), token.getExpirationTime())) {
            throw new NotAuthorizedException("Bearer");
        }
        long userId = currentUser.id();
        UserView holder = userId < 0 ? null
                : accounts.tokenHolder(userId, currentUser.tokenGeneration()).orElse(null);
        if (holder == null) {
            throw new NotAuthorizedException("Bearer");
        }
        currentUser.checked(holder);
    }
}
