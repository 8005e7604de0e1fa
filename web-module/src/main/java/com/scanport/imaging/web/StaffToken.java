package com.scanport.imaging.web;

import com.scanport.identity.IssuedToken;

/** The seed's token body, with how long it lasts. */
public record StaffToken(String accessToken, String tokenType, long expiresIn) {

    static StaffToken of(IssuedToken token) {
        return new StaffToken(token.accessToken(), "bearer", token.expiresIn());
    }

    @Override
    public String toString() {
        return "StaffToken[***]";
    }
}
