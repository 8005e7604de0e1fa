package com.scanport.devicelogin;

/** What a device's poll finds: its sign-in, and the access token when this poll collected it ("" otherwise). */
public record Poll(SignInView signIn, String accessToken) {

    @Override
    public String toString() {
        return "Poll[signIn=" + signIn + ", collected=" + !accessToken.isEmpty() + "]";
    }
}
