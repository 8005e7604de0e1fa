package com.scanport.platform;

/** The request is fine, but what it names is busy or in a state that does not allow it now. */
public class ConflictException extends ScanportException {

    private static final long serialVersionUID = 1L;

    public ConflictException(String message) {
        super(message);
    }

    @Override
    public Failure failure() {
        return Failure.CONFLICT;
    }
}
