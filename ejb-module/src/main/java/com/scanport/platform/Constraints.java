package com.scanport.platform;

import java.util.Locale;

/** Reading a database's refusal: which named constraint a failed write broke. */
public final class Constraints {

    private Constraints() {
    }

    /**
     * Whether {@code failure} is the database refusing a write for the constraint {@code name}.
     * Both H2 and PostgreSQL name the constraint in the innermost cause's message.
     */
    public static boolean broke(Throwable failure, String name) {
        Throwable cause = failure;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT).contains(name.toLowerCase(Locale.ROOT));
    }
}
