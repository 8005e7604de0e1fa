package com.scanport.platform;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;
import java.sql.SQLException;
import java.util.Locale;

/** Reading a database's refusal: which named constraint a failed write broke, or a lock it gave up on. */
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

    /**
     * Whether {@code failure} is the database refusing a row for a unique key another transaction
     * holds: SQL state 23505 on both once that one has committed, and on H2 90131 (concurrent
     * update) while it has not.
     */
    public static boolean brokeUniqueness(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && ("23505".equals(sql.getSQLState())
                    || "90131".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code failure} is the database giving up waiting for a row lock: H2 waits two
     * seconds by default (SQL state HYT00), PostgreSQL only with a lock timeout (55P03).
     */
    public static boolean lockTimedOut(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PessimisticLockException
                    || cause instanceof LockTimeoutException
                    || (cause instanceof SQLException sql && ("HYT00".equals(sql.getSQLState())
                        || "55P03".equals(sql.getSQLState())))) {
                return true;
            }
        }
        return false;
    }
}
