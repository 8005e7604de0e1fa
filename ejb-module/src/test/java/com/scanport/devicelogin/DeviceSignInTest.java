package com.scanport.devicelogin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A device's sign-in through time: the clock is moved, never waited for. */
class DeviceSignInTest {

    private static final Instant START = Instant.parse("2026-12-02T10:00:00Z");
    private static final Duration TEN_MINUTES = Duration.ofMinutes(10);
    private static final Duration FIVE_SECONDS = Duration.ofSeconds(5);

    private static DeviceSignIn requested() {
        return new DeviceSignIn(new DeviceRequest(7, "device-0123456789abcdef", "Pixel", null, "192.0.2.1"),
                false, START, TEN_MINUTES);
    }

    @Test
    void aPendingSignInExpiresWhenItsTimeIsUp() {
        DeviceSignIn signIn = requested();
        assertTrue(signIn.isPending(START.plus(TEN_MINUTES).minusMillis(1)));
        assertEquals(AuthorizationStatus.NOT_INIT, signIn.view(START.plus(TEN_MINUTES).minusMillis(1)).status());

        Instant late = START.plus(TEN_MINUTES);
        assertFalse(signIn.isPending(late));
        assertEquals(AuthorizationStatus.EXPIRED, signIn.view(late).status(), "shown expired before anyone ends it");
        assertTrue(signIn.expireIfRunOut(late));
        assertFalse(signIn.expireIfRunOut(late.plusSeconds(1)), "it expires once");
        assertEquals(AuthorizationStatus.EXPIRED, signIn.status());
        assertThrows(IllegalStateException.class, () -> signIn.decide(AuthorizationStatus.AUTHORIZED, 3, late));
    }

    @Test
    void anApprovedTokenIsCollectedOnceAndOnlyInTime() {
        DeviceSignIn signIn = requested();
        signIn.decide(AuthorizationStatus.AUTHORIZED, 3, START.plusSeconds(30));
        assertTrue(signIn.canBeCollected(START.plusSeconds(31)));
        assertFalse(signIn.canBeCollected(START.plus(TEN_MINUTES)), "approved, but not collected in time");

        signIn.collected(START.plusSeconds(31));
        assertTrue(signIn.isSignedIn());
        assertEquals(AuthorizationStatus.COLLECTED, signIn.view(START.plus(Duration.ofDays(1))).status(),
                "a collected sign-in never shows as expired");
        assertFalse(signIn.canBeCollected(START.plusSeconds(32)));
        assertThrows(IllegalStateException.class, () -> signIn.collected(START.plusSeconds(32)));

        signIn.revoke(START.plusSeconds(40));
        assertFalse(signIn.isSignedIn());
    }

    @Test
    void aRejectedSignInEndsAndCannotBeCollected() {
        DeviceSignIn signIn = requested();
        signIn.decide(AuthorizationStatus.REJECTED, 3, START.plusSeconds(5));
        assertEquals(AuthorizationStatus.REJECTED, signIn.status());
        assertFalse(signIn.canBeCollected(START.plusSeconds(6)));
        assertFalse(signIn.isPending(START.plusSeconds(6)));
        assertThrows(IllegalStateException.class, () -> signIn.decide(AuthorizationStatus.AUTHORIZED, 3, START.plusSeconds(6)));
    }

    @Test
    void leavingItWaitingChangesNothing() {
        DeviceSignIn signIn = requested();
        signIn.decide(AuthorizationStatus.NOT_INIT, 3, START.plusSeconds(5));
        assertTrue(signIn.isPending(START.plusSeconds(6)));
    }

    @Test
    void anApprovalRemembersItsTokenGenerationAndEndsWithANewPasswordOrASignOut() {
        DeviceSignIn signIn = requested();
        signIn.decide(AuthorizationStatus.AUTHORIZED, 7, START.plusSeconds(1));
        assertEquals(7, signIn.approvedGeneration());
        signIn.endForNewPassword(START.plusSeconds(2));
        assertEquals(AuthorizationStatus.REJECTED, signIn.status());
        assertFalse(signIn.canBeCollected(START.plusSeconds(3)));

        DeviceSignIn other = requested();
        other.decide(AuthorizationStatus.AUTHORIZED, 7, START.plusSeconds(1));
        other.revoke(START.plusSeconds(2));
        assertEquals(AuthorizationStatus.REJECTED, other.status(), "signed out before it collected");
        assertFalse(other.canBeCollected(START.plusSeconds(3)));
    }

    @Test
    void pollsComeNoFasterThanTheInterval() {
        DeviceSignIn signIn = requested();
        assertEquals(0, signIn.poll(START, FIVE_SECONDS), "the first poll");
        assertEquals(5, signIn.poll(START, FIVE_SECONDS));
        assertEquals(2, signIn.poll(START.plusMillis(3_500), FIVE_SECONDS), "rounded up: waiting as told is never early");
        assertEquals(1, signIn.poll(START.plusMillis(4_999), FIVE_SECONDS));
        assertEquals(0, signIn.poll(START.plusSeconds(5), FIVE_SECONDS), "a refused poll does not restart the wait");
        assertEquals(5, signIn.poll(START.plusSeconds(5), FIVE_SECONDS));
    }

    @Test
    void noIntervalMeansNoLimit() {
        DeviceSignIn signIn = requested();
        for (int i = 0; i < 3; i++) {
            assertEquals(0, signIn.poll(START, Duration.ZERO));
        }
    }
}
