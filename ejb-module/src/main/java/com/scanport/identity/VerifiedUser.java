package com.scanport.identity;

/**
 * A user whose password was just checked, with the token generation it was checked under:
 * whatever is issued to them on that strength (a token, a store session) carries it, and
 * stops working when a password change moves it on.
 */
public record VerifiedUser(UserView user, int tokenGeneration) {
}
