package com.scanport.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LostRacesTest {

    @Test
    void aUniqueKeyTakenByAnotherTransactionIsALostRaceWhereverTheDriversExceptionSits() {
        SQLException duplicate = new SQLException("Unique index or primary key violation", "23505");
        assertTrue(Constraints.brokeUniqueness(new PersistenceException(new RuntimeException(duplicate))));

        assertFalse(Constraints.brokeUniqueness(new PersistenceException(
                new SQLException("value too long for type character varying(64)", "22001"))));
        assertFalse(Constraints.brokeUniqueness(new PersistenceException("no SQL state at all")));
    }

    @Test
    void aLostTryIsMadeAgainTwiceAtMostAndAThirdLossIsNotHidden() {
        AtomicInteger tries = new AtomicInteger();
        assertEquals("found the winner's row", LostRaces.untilWon(() -> {
            if (tries.incrementAndGet() < 3) {
                throw new LostRaces.Lost(new PersistenceException("the winner has not committed yet"));
            }
            return "found the winner's row";
        }));
        assertEquals(3, tries.get());

        tries.set(0);
        assertThrows(LostRaces.Lost.class, () -> LostRaces.untilWon(() -> {
            tries.incrementAndGet();
            throw new LostRaces.Lost(new PersistenceException("lost, again and again"));
        }));
        assertEquals(3, tries.get());
    }

    @Test
    void concurrentUpdateOnH2IsALostRaceToo() {
        assertTrue(Constraints.brokeUniqueness(new PersistenceException(
                new SQLException("Concurrent update in table \"RATE_LIMIT_BUCKET\"", "90131"))));
    }
}
