package com.scanport.identity.web;

import com.scanport.identity.IssuedToken;

/** A fresh token, as a password change hands it out. */
public record TokenResponse(String accessToken, String tokenType, long expiresIn) {

    static TokenResponse of(IssuedToken token) {
        return new TokenResponse(token.accessToken(), "bearer", token.expiresIn());
    }

    @Override
    public String toString() {
        return "TokenResponse[***]";
    }
}
