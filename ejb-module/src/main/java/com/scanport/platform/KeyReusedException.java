package com.scanport.platform;

/** A retry key ({@code Idempotency-Key}) sent again with a request other than the one it first named. */
public class KeyReusedException extends ScanportException {

    private static final long serialVersionUID = 1L;

    public KeyReusedException(String message) {
        super(message);
    }

    @Override
    public Failure failure() {
        return Failure.KEY_REUSED;
    }
}
