package com.scanport.platform.readiness;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.Readiness;

/** The readiness checks MicroProfile Health reports, each run by the module that registered it. */
@ApplicationScoped
public class ReadinessChecks {

    /** The database answers; reports the schema version it is at. */
    public static final String DATABASE = "database";

    /**
     * A heartbeat probe made the whole trip (sent, through the broker, processed by the
     * listener, written to the database) within three heartbeats.
     */
    public static final String BROKER = "broker";

    /**
     * The web module's JAX-RS application is built, so its routes answer. Registered by the web
     * module as it starts (com.scanport.platform.web.HttpReadiness) and removed when it stops:
     * before that, the EJB checks can already be UP while the server still answers every API
     * path with its own HTML 404.
     */
    public static final String HTTP = "http";

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

    @Produces
    @Readiness
    HealthCheck http() {
        return () -> ReadinessProbes.call(HTTP);
    }
}
