package com.scanport.identity.web;

import com.scanport.identity.UserView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.NotAuthorizedException;

/** Who the verified token on this request belongs to, as {@link TokenCheck} found them. */
@RequestScoped
public class CurrentUser {

    private UserView user;

    /** The token's user as {@link TokenCheck} read it at the start of this request. */
    public UserView user() {
        if (user == null) {
            throw new NotAuthorizedException("Bearer");
        }
        return user;
    }

    /** The id of the token's user. */
    public long id() {
        return user().id();
    }

    void checked(UserView holder) {
        user = holder;
    }
}
