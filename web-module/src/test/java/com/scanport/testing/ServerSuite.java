package com.scanport.testing;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;

/**
 * A suite that runs against a server the runner started: Payara Micro with the WAR, or Payara
 * Server or WildFly with the EAR. Each test starts once the server says it is ready.
 */
public abstract class ServerSuite {

    protected ScanportClient client;

    /** The client of the server under test, for suites written as interfaces (see {@link DeviceLoginSuite}). */
    public ScanportClient client() {
        return client;
    }

    /** Where the application answers. */
    protected abstract URI base();

    /** Where MicroProfile Health answers (the management port on WildFly). */
    protected abstract URI healthBase();

    @BeforeEach
    void connect() {
        client = new ScanportClient(base());
        ScanportClient health = new ScanportClient(healthBase());
        Eventually.await(Duration.ofSeconds(120), () -> health.get("health/ready"),
                r -> r.status() == 200 && r.body().contains("\"database\""), "readiness");
    }
}
