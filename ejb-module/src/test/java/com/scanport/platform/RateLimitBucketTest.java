package com.scanport.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RateLimitBucketTest {

    private static final Duration WINDOW = Duration.ofMinutes(15);
    private final Instant start = Instant.parse("2026-11-26T12:00:00Z");

    @Test
    void reservesUntilTheAttemptsAreUsedUpThenSaysWhenTheWindowEnds() {
        RateLimitBucket bucket = new RateLimitBucket("k", start);
        for (int i = 0; i < 5; i++) {
            assertEquals(0, bucket.reserve(5, WINDOW, start.plusSeconds(i)), "attempt " + (i + 1) + " of 5");
        }
        assertEquals(890, bucket.reserve(5, WINDOW, start.plusSeconds(10)));
        assertEquals(1, bucket.reserve(5, WINDOW, start.plus(WINDOW).minusMillis(1)), "Retry-After rounds up");
        assertEquals(0, bucket.reserve(5, WINDOW, start.plus(WINDOW)), "the window has ended: a new one starts");
    }

    @Test
    void retryAfterOnlyReadsTheWindow() {
        RateLimitBucket bucket = new RateLimitBucket("k", start);
        bucket.reserve(2, WINDOW, start);
        assertEquals(0, bucket.retryAfter(2, WINDOW, start.plusSeconds(1)), "one attempt left");
        assertEquals(0, bucket.retryAfter(2, WINDOW, start.plusSeconds(1)), "reading took none");
        bucket.reserve(2, WINDOW, start.plusSeconds(2));
        assertEquals(897, bucket.retryAfter(2, WINDOW, start.plusSeconds(3)));
        assertEquals(0, bucket.retryAfter(2, WINDOW, start.plus(WINDOW)), "the window has ended");
    }

    @Test
    void aNewWindowRunsFromItsFirstAttempt() {
        RateLimitBucket bucket = new RateLimitBucket("k", start);
        Instant later = start.plus(WINDOW).plusSeconds(1);
        assertEquals(0, bucket.reserve(2, WINDOW, later));
        assertEquals(0, bucket.reserve(2, WINDOW, later));
        assertEquals(900, bucket.reserve(2, WINDOW, later));
    }

    @Test
    void aReleasedAttemptCanBeTakenAgain() {
        RateLimitBucket bucket = new RateLimitBucket("k", start);
        bucket.reserve(1, WINDOW, start);
        bucket.release();
        assertEquals(0, bucket.reserve(1, WINDOW, start));
        bucket.release();
        bucket.release();
        assertEquals(0, bucket.reserve(1, WINDOW, start), "never below zero");
        assertEquals(900, bucket.reserve(1, WINDOW, start));
    }

    @Test
    void keysAreStoredAsFixedLengthDigests() {
        assertEquals(64, Throttle.digest("login:user:" + "x".repeat(1000)).length());
        assertEquals(Throttle.digest("login:user:ann"), Throttle.digest("login:user:ann"));
    }
}
