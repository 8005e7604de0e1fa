package com.scanport.platform.readiness;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/** The application's readiness checks by name, registered by the EJBs that can run them. */
public final class ReadinessProbes {

    private static final Map<String, HealthCheck> CHECKS = new ConcurrentHashMap<>();

    private ReadinessProbes() {
    }

    public static void register(String name, HealthCheck check) {
        CHECKS.put(name, check);
    }

    public static void unregister(String name) {
        CHECKS.remove(name);
    }

    static HealthCheckResponse call(String name) {
        HealthCheck check = CHECKS.get(name);
        if (check == null) {
            return HealthCheckResponse.named(name).down().withData("error", "not started").build();
        }
        try {
            return check.call();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named(name).down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
