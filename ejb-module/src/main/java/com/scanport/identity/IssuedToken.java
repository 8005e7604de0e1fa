package com.scanport.identity;

/** An access token and how many seconds it stays valid. */
public record IssuedToken(String accessToken, long expiresIn) {

    @Override
    public String toString() {
        return "IssuedToken[expiresIn=" + expiresIn + "]";
    }
}
