package com.scanport.imaging.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.scanport.platform.RateLimitedException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class UploadSlotsTest {

    @Test
    void pastTheLimitAnUploadWaitsThenIsRefusedAndAFreedSlotIsTakenAgain() throws Exception {
        UploadSlots slots = new UploadSlots(2, Duration.ofMillis(200));
        CountDownLatch holding = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<String> first = pool.submit(() -> slots.holding(() -> hold(holding, release, "first")));
            Future<String> second = pool.submit(() -> slots.holding(() -> hold(holding, release, "second")));
            holding.await();

            RateLimitedException refused = assertThrows(RateLimitedException.class, () -> slots.holding(() -> "third"));
            assertEquals(UploadSlots.BUSY, refused.getMessage());
            assertEquals(1, refused.retryAfterSeconds());

            release.countDown();
            assertEquals("first", first.get());
            assertEquals("second", second.get());
            assertEquals("fourth", slots.holding(() -> "fourth"));
            // A failed upload gives its slot back too.
            for (int i = 0; i < 3; i++) {
                assertThrows(IllegalStateException.class, () -> slots.holding(() -> {
                    throw new IllegalStateException("not stored");
                }));
            }
            assertEquals("fifth", slots.holding(() -> "fifth"));
        } finally {
            pool.shutdownNow();
        }
    }

    private static String hold(CountDownLatch holding, CountDownLatch release, String answer) {
        holding.countDown();
        try {
            release.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return answer;
    }
}
