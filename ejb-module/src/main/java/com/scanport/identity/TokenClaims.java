package com.scanport.identity;

/**
 * What a verified access token says about itself, as far as deciding whether it is still good
 * goes: whose it is, its times, the token generation it was issued under, and, for a token a
 * device collected by device login, the sign-in it belongs to. Null where the token has none.
 */
public record TokenClaims(String subject, long issuedAt, Long notBefore, long expiresAt, Long generation,
                          Long deviceSignIn) {
}
