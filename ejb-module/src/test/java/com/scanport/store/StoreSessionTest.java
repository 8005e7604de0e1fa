package com.scanport.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** When a store session ends: idle too long, or past its absolute expiry however busy. */
class StoreSessionTest {

    private static final Instant LOGIN = Instant.parse("2026-12-01T10:00:00Z");
    private static final Duration IDLE = Duration.ofHours(1);
    private static final Duration LIFETIME = Duration.ofHours(24);

    private static StoreSession session() {
        return new StoreSession("hash", 7, 0, LOGIN, LIFETIME);
    }

    @Test
    void anUnusedSessionEndsAfterTheIdleLimit() {
        StoreSession session = session();
        assertTrue(session.isLive(LOGIN.plus(IDLE).minusSeconds(1), IDLE));
        assertFalse(session.isLive(LOGIN.plus(IDLE), IDLE));
    }

    @Test
    void useKeepsItAliveButNotPastItsLifetime() {
        StoreSession session = session();
        Instant now = LOGIN;
        while (now.isBefore(LOGIN.plus(LIFETIME))) {
            assertTrue(session.isLive(now, IDLE), now::toString);
            session.touch(now, IDLE);
            now = now.plus(Duration.ofMinutes(50));
        }
        assertFalse(session.isLive(LOGIN.plus(LIFETIME), IDLE));
    }

    @Test
    void touchesWithinAMinuteDoNotMoveTheIdleClock() {
        StoreSession session = session();
        session.touch(LOGIN.plusSeconds(59), IDLE);
        assertFalse(session.isLive(LOGIN.plus(IDLE), IDLE), "a touch 59 s after the last write is not written");
        session.touch(LOGIN.plusSeconds(60), IDLE);
        assertTrue(session.isLive(LOGIN.plus(IDLE), IDLE));
    }

    @Test
    void aLoginWithTheSameTokenStartsAfresh() {
        StoreSession session = session();
        Instant later = LOGIN.plus(Duration.ofHours(30));
        session.begin(7, 1, later, LIFETIME);
        assertTrue(session.isLive(later.plus(Duration.ofMinutes(30)), IDLE));
    }
}
