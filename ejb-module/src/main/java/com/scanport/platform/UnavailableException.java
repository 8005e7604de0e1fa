package com.scanport.platform;

/** A part the use case needs (database, broker) cannot be reached right now. */
public class UnavailableException extends ScanportException {

    private static final long serialVersionUID = 1L;

    public UnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public Failure failure() {
        return Failure.UNAVAILABLE;
    }
}
