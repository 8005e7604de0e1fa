package com.scanport.platform.web;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** What the JAX-RS mapper and the container's error page share for unexpected failures: correlation ids. */
final class ErrorResponses {

    static final String CORRELATION_HEADER = "X-Correlation-Id";
    /** What a body no parser could make sense of is told, on every surface. */
    static final String UNREADABLE_BODY = "Request body could not be read";

    private static final Logger LOG = Logger.getLogger(ErrorResponses.class.getName());

    private ErrorResponses() {
    }

    /** Logs an unexpected failure under a new correlation id; the client sees only the id. */
    static String logUnexpected(String method, String path, Throwable failure) {
        String correlationId = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected failure on " + method + " " + path
                + " [correlation id " + correlationId + "]", failure);
        return correlationId;
    }

    static String internalErrorMessage(String correlationId) {
        return "Internal server error (correlation id " + correlationId + ")";
    }
}
