package com.scanport.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RateLimitBucketTest {

    private static final Duration WINDOW = Duration.ofMinutes(15);
    private final Instant start = Instant.parse("2026-11-26T12:00:00Z");

    @Test
    void blocksOnceTheAttemptsAreUsedUpUntilTheWindowEnds() {
        RateLimitBucket bucket = new RateLimitBucket("login:user:x", start);
        for (int i = 0; i < 4; i++) {
            bucket.recordAttempt(WINDOW, start.plusSeconds(i));
        }
        assertEquals(0, bucket.secondsBlocked(5, WINDOW, start.plusSeconds(10)), "four of five used");
        bucket.recordAttempt(WINDOW, start.plusSeconds(10));
        assertEquals(890, bucket.secondsBlocked(5, WINDOW, start.plusSeconds(10)));
        assertEquals(1, bucket.secondsBlocked(5, WINDOW, start.plus(WINDOW).minusMillis(1)));
        assertEquals(0, bucket.secondsBlocked(5, WINDOW, start.plus(WINDOW)), "the window has ended");
    }

    @Test
    void anAttemptAfterTheWindowStartsANewOne() {
        RateLimitBucket bucket = new RateLimitBucket("login:user:x", start);
        for (int i = 0; i < 5; i++) {
            bucket.recordAttempt(WINDOW, start);
        }
        Instant later = start.plus(WINDOW).plusSeconds(1);
        bucket.recordAttempt(WINDOW, later);
        assertEquals(0, bucket.secondsBlocked(2, WINDOW, later), "one attempt in the new window");
        bucket.recordAttempt(WINDOW, later);
        assertEquals(900, bucket.secondsBlocked(2, WINDOW, later), "the new window runs from its first attempt");
    }
}
