package com.scanport.platform;

import com.scanport.platform.readiness.ReadinessChecks;
import com.scanport.platform.readiness.ReadinessProbes;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.health.HealthCheckResponse;

/** Runs the platform's readiness checks (see {@link com.scanport.platform.readiness}). */
@Singleton
@Startup
@DependsOn({"SchemaMigration", "Housekeeping"})
public class PlatformReadiness {

    @EJB
    private SchemaMigration schema;

    @EJB
    private BrokerProbes probes;

    @EJB
    private Housekeeping housekeeping;

    @EJB
    private Outbox outbox;

    @Inject
    private Clock clock;

    @PostConstruct
    void register() {
        ReadinessProbes.register(ReadinessChecks.DATABASE, this::database);
        ReadinessProbes.register(ReadinessChecks.BROKER, this::broker);
    }

    @PreDestroy
    void unregister() {
        ReadinessProbes.unregister(ReadinessChecks.DATABASE);
        ReadinessProbes.unregister(ReadinessChecks.BROKER);
    }

    private HealthCheckResponse database() {
        return HealthCheckResponse.named(ReadinessChecks.DATABASE)
                .up().withData("schema_version", schema.schemaVersion()).build();
    }

    private HealthCheckResponse broker() {
        BrokerProbeReport report = probes.report();
        Duration window = housekeeping.heartbeatInterval().multipliedBy(3);
        Instant last = report.lastReceivedAt();
        boolean fresh = last != null && last.isAfter(clock.instant().minus(window));
        return HealthCheckResponse.named(ReadinessChecks.BROKER).status(fresh)
                .withData("last_probe_received_at", last == null ? "never" : last.toString())
                .withData("pending_probes", report.pending())
                .withData("outbox_backlog", outbox.size())
                .build();
    }
}
