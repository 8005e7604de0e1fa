package com.scanport.identity;

/** A successful login: who logged in and their token. */
public record Login(UserView user, IssuedToken token) {
}
