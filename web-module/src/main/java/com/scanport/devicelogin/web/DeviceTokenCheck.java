package com.scanport.devicelogin.web;

import com.scanport.identity.TokenIssuer;
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
        // Every request with a token passes here: only the one claim that matters is read.
        if (request.getSecurityContext().getUserPrincipal() instanceof JsonWebToken token) {
            Long signIn = TokenCheck.numericClaim(token, TokenIssuer.DEVICE_SIGN_IN_CLAIM);
            if (signIn != null && !callers.stillSignedIn(signIn, currentUser.id())) {
                throw new NotAuthorizedException("Bearer");
            }
        }
    }
}
