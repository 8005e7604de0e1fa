package com.scanport.platform;

/** The request is larger than this server takes (a body, an upload). */
public class TooLargeException extends ScanportException {

    private static final long serialVersionUID = 1L;

    public TooLargeException(String message) {
        super(message);
    }

    @Override
    public Failure failure() {
        return Failure.TOO_LARGE;
    }
}
