package com.scanport.platform.readiness;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.Readiness;

/** The readiness checks MicroProfile Health reports, each run by the EJB that registered it. */
@ApplicationScoped
public class ReadinessChecks {

    /** The database answers; reports the schema version it is at. */
    public static final String DATABASE = "database";

    /**
     * A heartbeat probe made the whole trip (sent, through the broker, processed by the
     * listener, written to the database) within three heartbeats.
     */
    public static final String BROKER = "broker";

    @Produces
    @Readiness
    HealthCheck database() {
        return () -> ReadinessProbes.call(DATABASE);
    }

    @Produces
    @Readiness
    HealthCheck broker() {
        return () -> ReadinessProbes.call(BROKER);
    }
}
