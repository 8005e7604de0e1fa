package com.scanport.imaging.web;

import com.scanport.platform.RateLimitedException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * How many uploaded files (photos, workers' results) the desk holds in memory at once: each is
 * read whole and copied on its way into the database, and 40 simultaneous 10 MB uploads ran the
 * 512 MB heap out. Past {@code scanport.imaging.max-concurrent-uploads}, an upload waits a few
 * seconds for a slot, then is refused with 429 and nothing stored.
 */
@ApplicationScoped
public class UploadSlots {

    static final int DEFAULT_MAX_CONCURRENT_UPLOADS = 4;
    static final String BUSY = "Too many uploads at once: try again in a moment";
    /** Long enough for a slot to free (a file is held from its read to its commit), short enough to hold few threads. */
    private static final Duration WAIT = Duration.ofSeconds(5);

    private Semaphore slots;
    private Duration wait;

    public UploadSlots() {
    }

    UploadSlots(int limit, Duration wait) {
        this.slots = new Semaphore(limit);
        this.wait = wait;
    }

    @PostConstruct
    void readLimit() {
        int limit = ConfigProvider.getConfig().getOptionalValue("scanport.imaging.max-concurrent-uploads", Integer.class)
                .orElse(DEFAULT_MAX_CONCURRENT_UPLOADS);
        if (limit <= 0) {
            throw new IllegalStateException("scanport.imaging.max-concurrent-uploads must be positive");
        }
        slots = new Semaphore(limit);
        wait = WAIT;
    }

    /** The work (reading an upload and storing it) done holding a slot; 429 when none frees in time. */
    <T> T holding(Supplier<T> work) {
        try {
            if (!slots.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new RateLimitedException(BUSY, 1);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RateLimitedException(BUSY, 1);
        }
        try {
            return work.get();
        } finally {
            slots.release();
        }
    }
}
