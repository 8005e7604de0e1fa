package com.scanport.platform;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;
import java.sql.SQLException;
import java.util.List;
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
        return hasSqlState(failure, "23505", "90131");
    }

    /**
     * Whether {@code failure} is the database giving up waiting for a row lock: H2 waits two
     * seconds by default (SQL state HYT00), PostgreSQL only with a lock timeout (55P03).
     */
    public static boolean lockTimedOut(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PessimisticLockException || cause instanceof LockTimeoutException) {
                return true;
            }
        }
        return hasSqlState(failure, "HYT00", "55P03");
    }

    /** Whether a driver's exception among {@code failure}'s causes has one of these SQL states. */
    private static boolean hasSqlState(Throwable failure, String... states) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && List.of(states).contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
