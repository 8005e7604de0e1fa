package com.scanport.platform;

import jakarta.ejb.EJBException;
import java.util.function.Supplier;

/**
 * Use cases that create a row others may be creating at the same moment (a rate-limit window,
 * a ledger account, a session's token, a retried payment's key) run each try in a transaction
 * of its own. When two race, the database's unique constraint fails the loser's transaction;
 * its second try then finds the winner's row.
 */
public final class LostRaces {

    private LostRaces() {
    }

    /** The first try's answer, or, if its transaction failed, the second's. */
    public static <T> T tryTwice(Supplier<T> attempt) {
        try {
            return attempt.get();
        } catch (EJBException lostTheRace) {
            return attempt.get();
        }
    }

    /** {@link #tryTwice(Supplier)} for a try that answers nothing. */
    public static void tryTwice(Runnable attempt) {
        tryTwice(() -> {
            attempt.run();
            return null;
        });
    }
}
