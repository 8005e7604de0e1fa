package com.scanport.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** Failed attempts under one key within a fixed window. */
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

    /** Seconds until this bucket's window ends, or 0 when it has ended or still has room. */
    long secondsBlocked(int maxAttempts, Duration window, Instant now) {
        Instant end = windowStart.plus(window);
        if (attempts < maxAttempts || !end.isAfter(now)) {
            return 0;
        }
        long millis = Duration.between(now, end).toMillis();
        return Math.max(1, (millis + 999) / 1000);
    }

    void recordAttempt(Duration window, Instant now) {
        if (!windowStart.plus(window).isAfter(now)) {
            windowStart = now;
            attempts = 0;
        }
        attempts++;
    }
}
