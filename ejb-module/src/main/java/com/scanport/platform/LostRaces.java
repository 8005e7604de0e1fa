package com.scanport.platform;

import jakarta.ejb.ApplicationException;
import jakarta.ejb.EJBException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
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

    /**
     * The answer of the first try that wins: a try that lost the race ({@link Lost}) is made
     * again, up to three tries in all (on H2 a loser may learn of a winner that has not committed
     * yet); a try whose transaction failed otherwise is made once more.
     */
    public static <T> T untilWon(Supplier<T> attempt) {
        for (int lost = 0; ; lost++) {
            try {
                return attempt.get();
            } catch (Lost lostTheRace) {
                if (lost == 2) {
                    throw lostTheRace;
                }
            } catch (EJBException failed) {
                return attempt.get();
            }
        }
    }

    /** {@link #untilWon(Supplier)} for a try that answers nothing. */
    public static void untilWon(Runnable attempt) {
        untilWon(() -> {
            attempt.run();
            return null;
        });
    }

    /**
     * Writes a try's new row now, inside the try: a unique key another transaction took first
     * ends the try as {@link Lost}, which the container rolls back without logging it as a
     * failure of the bean (a system exception: about 260 lines of log each time two first
     * requests for one key met, which any client could repeat with new keys).
     */
    public static void flush(EntityManager em) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (Constraints.brokeUniqueness(e)) {
                throw new Lost(e);
            }
            throw e;
        }
    }

    /** A try that found its new row's key taken by another transaction: the next try finds that row. */
    @ApplicationException(rollback = true)
    public static class Lost extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Lost(PersistenceException cause) {
            super("another transaction created the row first", cause, false, false);
        }
    }
}
