package com.scanport.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Background work on the managed executor: a broker heartbeat (one probe every
 * {@code scanport.broker.heartbeat-seconds}, which readiness watches), a sweep of the
 * outbox, the purge of old probes and spent rate-limit windows, and every {@link Sweep} a
 * feature declares.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class Housekeeping {

    private static final Logger LOG = Logger.getLogger(Housekeeping.class.getName());
    private static final Duration PROBE_RETENTION = Duration.ofHours(1);
    /** Longer than any rate-limit window. */
    private static final Duration THROTTLE_RETENTION = Duration.ofDays(1);

    @Resource
    private ManagedScheduledExecutorService executor;

    @EJB
    private BrokerProbes probes;

    @EJB
    private OutboxRelay outboxRelay;

    @EJB
    private Throttle throttle;

    @Inject
    @ConfigProperty(name = "scanport.broker.heartbeat-seconds", defaultValue = "10")
    private int heartbeatSeconds;

    @Inject
    private Clock clock;

    @Inject
    @Any
    private Instance<Sweep> sweeps;

    private final List<ScheduledFuture<?>> scheduled = new ArrayList<>();

    @PostConstruct
    void start() {
        scheduled.add(executor.scheduleWithFixedDelay(this::beat, 0, heartbeatSeconds, TimeUnit.SECONDS));
        for (Sweep sweep : sweeps) {
            long every = sweep.every().toMillis();
            scheduled.add(executor.scheduleWithFixedDelay(() -> run(sweep), every, every, TimeUnit.MILLISECONDS));
        }
    }

    @PreDestroy
    void stop() {
        scheduled.forEach(task -> task.cancel(false));
    }

    // A scheduled task that throws is never run again: report the failure, keep sweeping.
    private static void run(Sweep sweep) {
        try {
            sweep.sweep();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, sweep.name() + " failed: " + e.getMessage(), e);
        }
    }

    public Duration heartbeatInterval() {
        return Duration.ofSeconds(heartbeatSeconds);
    }

    // A scheduled task that throws is never run again: report the failure, keep beating.
    private void beat() {
        try {
            // Also sends what an earlier run of this instance left in the outbox (a crash, a broker outage).
            outboxRelay.relay();
            probes.send(1);
            Instant now = clock.instant();
            probes.purgeReceivedBefore(now.minus(PROBE_RETENTION));
            throttle.purgeWindowsStartedBefore(now.minus(THROTTLE_RETENTION));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Broker heartbeat failed: " + e.getMessage(), e);
        }
    }
}
