package com.scanport.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when a heartbeat probe has made the whole trip (sent, through the broker,
 * processed by the listener, written to the database) within three heartbeats.
 */
@Readiness
@ApplicationScoped
public class BrokerReadiness implements HealthCheck {

    @Inject
    private BrokerProbes probes;

    @Inject
    private Housekeeping housekeeping;

    @Inject
    private Outbox outbox;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("broker");
        try {
            BrokerProbeReport report = probes.report();
            Duration window = housekeeping.heartbeatInterval().multipliedBy(3);
            Instant last = report.lastReceivedAt();
            boolean fresh = last != null && last.isAfter(Instant.now().minus(window));
            return response.status(fresh)
                    .withData("last_probe_received_at", last == null ? "never" : last.toString())
                    .withData("pending_probes", report.pending())
                    .withData("outbox_backlog", outbox.size())
                    .build();
        } catch (RuntimeException e) {
            return response.down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
