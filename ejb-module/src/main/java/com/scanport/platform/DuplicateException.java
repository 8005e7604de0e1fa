package com.scanport.platform;

public class DuplicateException extends ScanportException {

    private static final long serialVersionUID = 1L;

    public DuplicateException(String message) {
        super(message);
    }

    @Override
    public Failure failure() {
        return Failure.DUPLICATE;
    }
}
