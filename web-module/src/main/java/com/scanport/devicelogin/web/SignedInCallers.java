package com.scanport.devicelogin.web;

import com.scanport.devicelogin.DeviceLogins;
import com.scanport.identity.TokenClaims;
import com.scanport.identity.UserView;
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

    /** The caller, or 401 when the request carries no good token. */
    public UserView caller(HttpHeaders headers) {
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
        if (!stillSignedIn(signedIn.claims(), signedIn.user().id())) {
            throw new NotAuthorizedException("Bearer");
        }
        return signedIn.user();
    }

    /** A token that names a device's sign-in is good while the user has not signed that device out. */
    boolean stillSignedIn(TokenClaims claims, long userId) {
        return claims.deviceSignIn() == null || deviceLogins.isSignedIn(claims.deviceSignIn(), userId);
    }
}
