package com.scanport.devicelogin.web;

import com.scanport.identity.TokenClaims;
import com.scanport.identity.web.CurrentUser;
import com.scanport.identity.web.TokenCheck;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * After {@link TokenCheck}: a bearer token that a device collected by device login works, on
 * every surface, only while its user has not signed the device out. Other tokens pass untouched.
 */
@Provider
@Priority(Priorities.AUTHENTICATION + 2)
public class DeviceTokenCheck implements ContainerRequestFilter {

    @Inject
    private SignedInCallers callers;

    @Inject
    private CurrentUser currentUser;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getSecurityContext().getUserPrincipal() instanceof JsonWebToken token) {
            TokenClaims claims = TokenCheck.claims(token);
            if (claims.deviceSignIn() != null && !callers.stillSignedIn(claims, currentUser.id())) {
                throw new NotAuthorizedException("Bearer");
            }
        }
    }
}
