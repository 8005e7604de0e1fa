package com.scanport.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** Attempts at a guessable secret under one key (its digest) within a fixed window. */
@Entity
@Table(name = "rate_limit_bucket")
public class RateLimitBucket {

    @Id
    @Column(name = "bucket_key")
    private String bucketKey;

    @Column(name = "window_start", nullable = false)
    private Instant windowStart;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    protected RateLimitBucket() {
    }

    RateLimitBucket(String key, Instant now) {
        this.bucketKey = key;
        this.windowStart = now;
    }

    /**
     * Takes one attempt if this window has one left (a window that has ended starts afresh)
     * and answers 0; otherwise the seconds until the window ends.
     */
    long reserve(int maxAttempts, Duration window, Instant now) {
        Instant end = windowStart.plus(window);
        if (!end.isAfter(now)) {
            windowStart = now;
            attempts = 0;
            end = now.plus(window);
        }
        if (attempts >= maxAttempts) {
            long millis = Duration.between(now, end).toMillis();
            return Math.max(1, (millis + 999) / 1000);
        }
        attempts++;
        return 0;
    }

    /** The seconds until this window ends if it has no attempt left, else 0. Changes nothing. */
    long retryAfter(int maxAttempts, Duration window, Instant now) {
        Instant end = windowStart.plus(window);
        if (!end.isAfter(now) || attempts < maxAttempts) {
            return 0;
        }
        long millis = Duration.between(now, end).toMillis();
        return Math.max(1, (millis + 999) / 1000);
    }

    /** Gives back one attempt. */
    void release() {
        attempts = Math.max(0, attempts - 1);
    }
}
