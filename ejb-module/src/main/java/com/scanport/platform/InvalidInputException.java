package com.scanport.platform;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The caller sent something the use case cannot accept; {@code fieldErrors} names the fields at fault. */
public class InvalidInputException extends ScanportException {

    private static final long serialVersionUID = 1L;

    private final Map<String, String> fieldErrors;

    public InvalidInputException(String message, Map<String, String> fieldErrors) {
        super(message);
        // In the order the caller gave: clients see the fields as the form lists them.
        this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }

    @Override
    public Failure failure() {
        return Failure.INVALID_INPUT;
    }
}
