package com.scanport.devicelogin.web;

import com.scanport.devicelogin.DeviceLogins;
import com.scanport.platform.PermissionDeniedException;
import com.scanport.identity.web.TokenHolders;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;

/**
 * The signed-in user of a device login request: from a bearer header, or, as the seed's web
 * frontend sends it, from the {@code rds-session} cookie holding the same token. MicroProfile
 * JWT reads one place for the whole application, so both are verified here, by the identity's
 * rules, and a device's token must also still be signed in.
 */
@ApplicationScoped
public class SignedInCallers {

    static final String SESSION_COOKIE = "rds-session";
    private static final String BEARER = "bearer ";

    @Inject
    private TokenHolders holders;

    @EJB
    private DeviceLogins deviceLogins;

    static final String DEVICE_TOKEN_REFUSED = "A device's token cannot approve, sign out or invite devices:"
            + " sign in with your password";

    /**
     * The caller as a token from a password login holds it: a device's token cannot enroll or
     * sign out devices, so a device signed out once cannot have let in another one meanwhile.
     * 401 without a good token, 403 with a device's.
     */
    public TokenHolders.SignedIn passwordCaller(HttpHeaders headers) {
        TokenHolders.SignedIn signedIn = caller(headers);
        if (signedIn.claims().deviceSignIn() != null) {
            throw new PermissionDeniedException(DEVICE_TOKEN_REFUSED);
        }
        return signedIn;
    }

    /** The caller, or 401 when the request carries no good token. */
    public TokenHolders.SignedIn caller(HttpHeaders headers) {
        String authorization = headers.getHeaderString(HttpHeaders.AUTHORIZATION);
        String token;
        if (authorization != null) {
            if (!authorization.toLowerCase(Locale.ROOT).startsWith(BEARER)) {
                throw new NotAuthorizedException("Bearer");
            }
            token = authorization.substring(BEARER.length()).strip();
        } else {
            Cookie session = headers.getCookies().get(SESSION_COOKIE);
            token = session == null ? null : session.getValue();
        }
        TokenHolders.SignedIn signedIn = holders.signedIn(token).orElseThrow(() -> new NotAuthorizedException("Bearer"));
        Long deviceSignIn = signedIn.claims().deviceSignIn();
        if (deviceSignIn != null && !stillSignedIn(deviceSignIn, signedIn.user().id())) {
            throw new NotAuthorizedException("Bearer");
        }
        return signedIn;
    }

    /** A token that names a device's sign-in is good while the user has not signed that device out. */
    boolean stillSignedIn(long deviceSignIn, long userId) {
        return deviceLogins.isSignedIn(deviceSignIn, userId);
    }
}
