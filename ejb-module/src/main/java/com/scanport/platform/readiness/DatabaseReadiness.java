package com.scanport.platform.readiness;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the database answers; reports the schema version it is at. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    public static final String NAME = "database";

    @Override
    public HealthCheckResponse call() {
        return ReadinessProbes.call(NAME);
    }
}
