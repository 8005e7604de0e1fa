package com.scanport.imaging;

import com.scanport.platform.Sweep;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * The image jobs' housekeeping, every few minutes: purges pictures past their retention
 * ({@code scanport.imaging.retention-days}) and announces again the jobs whose photo has waited
 * too long for the image queue's listener.
 */
@ApplicationScoped
public class ImageRetention implements Sweep {

    private static final Logger LOG = Logger.getLogger(ImageRetention.class.getName());
    /** Longer than every delivery of a message takes, redelivery delays included. */
    private static final Duration UNANNOUNCED = Duration.ofMinutes(10);
    private static final int PURGE_BATCH = 200;

    @EJB
    private ImageJobs jobs;

    @EJB
    private ImageDeskSettings settings;

    @Inject
    private Clock clock;

    @Override
    public String name() {
        return "Image job housekeeping";
    }

    @Override
    public Duration every() {
        return Duration.ofMinutes(5);
    }

    @Override
    public void sweep() {
        Instant now = clock.instant();
        int announced = jobs.announceAgain(now.minus(UNANNOUNCED));
        if (announced > 0) {
            LOG.warning(() -> announced + " image jobs waited too long for the image queue; announced again");
        }
        Instant cutoff = now.minus(Duration.ofDays(settings.retentionDays()));
        while (jobs.purgePicturesBefore(cutoff, PURGE_BATCH) == PURGE_BATCH) {
            LOG.fine("Purged pictures of " + PURGE_BATCH + " image jobs");
        }
    }
}
