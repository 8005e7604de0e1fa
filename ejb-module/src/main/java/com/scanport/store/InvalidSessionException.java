package com.scanport.store;

import com.scanport.platform.AuthenticationFailedException;

/** A store token that names no live session: refused as any failed authentication, and counted against the address. */
public class InvalidSessionException extends AuthenticationFailedException {

    private static final long serialVersionUID = 1L;

    InvalidSessionException(String message) {
        super(message);
    }
}
