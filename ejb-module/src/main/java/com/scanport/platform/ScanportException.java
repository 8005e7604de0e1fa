package com.scanport.platform;

import jakarta.ejb.ApplicationException;

/**
 * Root of the domain's failures. Thrown across the EJB boundary as is (not wrapped)
 * and rolls the use case's transaction back.
 */
@ApplicationException(rollback = true)
public abstract class ScanportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    protected ScanportException(String message) {
        super(message);
    }

    public abstract Failure failure();
}
