package com.scanport.platform;

/** The request body did not arrive in full, or too slowly: the client stopped, or trickles it to hold a thread. */
public class TooSlowException extends ScanportException {

    private static final long serialVersionUID = 1L;

    public TooSlowException(String message) {
        super(message);
    }

    @Override
    public Failure failure() {
        return Failure.TOO_SLOW;
    }
}
