package com.scanport.platform.readiness;

import jakarta.enterprise.context.ApplicationScoped;
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

    public static final String NAME = "broker";

    @Override
    public HealthCheckResponse call() {
        return ReadinessProbes.call(NAME);
    }
}
