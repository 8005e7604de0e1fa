package com.scanport.platform;

public class AuthenticationFailedException extends ScanportException {

    private static final long serialVersionUID = 1L;

    public AuthenticationFailedException(String message) {
        super(message);
    }

    @Override
    public Failure failure() {
        return Failure.UNAUTHENTICATED;
    }
}
