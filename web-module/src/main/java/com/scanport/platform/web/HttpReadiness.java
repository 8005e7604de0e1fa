package com.scanport.platform.web;

import com.scanport.platform.readiness.ReadinessChecks;
import com.scanport.platform.readiness.ReadinessProbes;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * Readiness waits for the HTTP routes: the {@link ReadinessChecks#HTTP} check is UP from the
 * moment the JAX-RS runtime configures this application (the last step of the web module's
 * start, after the EJBs' startup work and the servlet context's listeners) until the web
 * module stops. Without it, readiness could say UP on the EJB checks alone while Payara still
 * answered API paths with its own HTML 404.
 *
 * <p>On Payara the application's context is mapped before its start begins and answers 500/503
 * (health included, since the health servlet sits in the root context) until it is available,
 * so no readiness answer is UP between this point and the routes answering. On WildFly health
 * answers on the management port, and its own readiness checks stay DOWN until the deployment
 * has finished.
 */
@Provider
@WebListener
public class HttpReadiness implements Feature, ServletContextListener {

    @Override
    public boolean configure(FeatureContext context) {
        ReadinessProbes.register(ReadinessChecks.HTTP,
                () -> HealthCheckResponse.named(ReadinessChecks.HTTP).up().build());
        return true;
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        ReadinessProbes.unregister(ReadinessChecks.HTTP);
    }
}
