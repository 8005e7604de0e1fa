package com.scanport.identity.web;

import com.scanport.identity.TokenIssuer;
import com.scanport.identity.UserView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.ws.rs.NotAuthorizedException;
import java.util.regex.Pattern;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who the verified token on this request belongs to. */
@RequestScoped
public class CurrentUser {

    private static final Pattern USER_ID = Pattern.compile("\\d{1,18}");

    @Inject
    private JsonWebToken token;

    private UserView user;

    /** The token's user as {@link TokenCheck} read it at the start of this request. */
    public UserView user() {
        if (user == null) {
            throw new NotAuthorizedException("Bearer");
        }
        return user;
    }

    void checked(UserView holder) {
        user = holder;
    }

    /** The user id in {@code sub}, or -1 when the token has none that is a number. */
    public long id() {
        String subject = token.getSubject();
        if (subject == null || !USER_ID.matcher(subject).matches()) {
            return -1;
        }
        return Long.parseLong(subject);
    }

    /** The token generation the token was issued under, or -1 when it carries none. */
    public int tokenGeneration() {
        Long generation = numericClaim(TokenIssuer.TOKEN_GENERATION_CLAIM);
        return generation == null ? -1 : generation.intValue();
    }

    /** The token's {@code nbf} (epoch seconds), or null when it has none. */
    Long notBefore() {
        return numericClaim("nbf");
    }

    private Long numericClaim(String name) {
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
