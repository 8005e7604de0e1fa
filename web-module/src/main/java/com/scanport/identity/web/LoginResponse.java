package com.scanport.identity.web;

import com.scanport.identity.Login;
import com.scanport.identity.UserView;

/** The login answer of seed 002: the token and the user's profile, plus {@code is_admin}. */
public record LoginResponse(String username, String email, String phoneNumber, String fullName,
                            String accessToken, String tokenType, long userId, long expiresIn,
                            String address, boolean isAdmin) {

    static LoginResponse of(Login login) {
        UserView user = login.user();
        return new LoginResponse(user.username(), user.email(), user.mobileNumber(), user.fullName(),
                login.token().accessToken(), "bearer", user.id(), login.token().expiresIn(),
                user.address(), user.isAdmin());
    }

    @Override
    public String toString() {
        return "LoginResponse[" + username + "]";
    }
}
