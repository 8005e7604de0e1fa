package com.scanport.imaging;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The image jobs' housekeeping, every few minutes on the managed executor: purges pictures past
 * their retention ({@code scanport.imaging.retention-days}) and announces again the jobs whose
 * photo has waited too long for the image queue's listener.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class ImageRetention {

    private static final Logger LOG = Logger.getLogger(ImageRetention.class.getName());
    private static final Duration EVERY = Duration.ofMinutes(5);
    /** Longer than every delivery of a message takes, redelivery delays included. */
    private static final Duration UNANNOUNCED = Duration.ofMinutes(10);
    private static final int PURGE_BATCH = 200;

    @Resource
    private ManagedScheduledExecutorService executor;

    @EJB
    private ImageJobs jobs;

    @EJB
    private ImageDeskSettings settings;

    @Inject
    private Clock clock;

    private ScheduledFuture<?> sweeps;

    @PostConstruct
    void start() {
        sweeps = executor.scheduleWithFixedDelay(this::sweep, EVERY.toSeconds(), EVERY.toSeconds(), TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        sweeps.cancel(false);
    }

    // A scheduled task that throws is never run again: report the failure, keep sweeping.
    private void sweep() {
        try {
            Instant now = clock.instant();
            int announced = jobs.announceAgain(now.minus(UNANNOUNCED));
            if (announced > 0) {
                LOG.warning(() -> announced + " image jobs waited too long for the image queue; announced again");
            }
            Instant cutoff = now.minus(Duration.ofDays(settings.retentionDays()));
            while (jobs.purgePicturesBefore(cutoff, PURGE_BATCH) == PURGE_BATCH) {
                LOG.fine("Purged pictures of " + PURGE_BATCH + " image jobs");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Image job housekeeping failed: " + e.getMessage(), e);
        }
    }
}
