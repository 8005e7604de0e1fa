package com.scanport.platform;

public class PermissionDeniedException extends ScanportException {

    private static final long serialVersionUID = 1L;

    public PermissionDeniedException(String message) {
        super(message);
    }

    @Override
    public Failure failure() {
        return Failure.FORBIDDEN;
    }
}
