package com.scanport.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.scanport.testing.Deployments;
import com.scanport.testing.HttpResult;
import com.scanport.testing.PlatformSmoke;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The platform on Payara Micro with the real WAR: the smoke suite, plus validation, 405 and CORS. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlatformIT extends PlatformSmoke {

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.microWar();
    }

    @Override
    protected URI base() {
        return Deployments.uri(base);
    }

    @Override
    protected URI healthBase() {
        return base();
    }

    @Override
    protected Path dataDir() {
        return Deployments.dataDir();
    }

    @Test
    void badProbeCountIs422InTheAccountsErrorShape() {
        for (String count : new String[] {"0", "1001", "many"}) {
            HttpResult result = client.post(PROBES + "?count=" + count, "", "Authorization", admin());
            assertEquals(422, result.status(), result::toString);
            JsonObject body = result.json();
            assertEquals(422, body.getInt("status_code"));
            assertEquals(body.getString("message"), body.getString("detail"));
            assertEquals("count", body.getJsonObject("details").getJsonArray("errors")
                    .getJsonObject(0).getString("field"));
        }
        HttpResult unknown = client.get(PROBES + "/999999999", "Authorization", admin());
        assertEquals(404, unknown.status());
        assertEquals("Broker probe not found", unknown.json().getString("detail"));
    }

    @Test
    void unsupportedMethodIs405InJson() {
        HttpResult result = client.send(client.request("openapi-ui")
                .method("DELETE", HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(405, result.status(), result::toString);
        assertEquals("Method Not Allowed", result.json().getString("detail"));
        assertTrue(result.header("Allow").orElse("").contains("GET"), result::toString);
    }

    @Test
    void corsPreflightIsAnsweredOnlyForConfiguredOrigins() {
        String allowed = "https://frontend.scanport.test";
        HttpResult preflight = client.send(client.request(PROBES)
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", allowed)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization")
                .build());
        assertEquals(204, preflight.status(), preflight::toString);
        assertEquals(allowed, preflight.header("Access-Control-Allow-Origin").orElse(null));
        assertTrue(preflight.header("Access-Control-Allow-Headers").orElse("").contains("Authorization"));

        HttpResult unauthenticated = client.get(PROBES, "Origin", allowed);
        assertEquals(401, unauthenticated.status());
        assertEquals(allowed, unauthenticated.header("Access-Control-Allow-Origin").orElse(null));

        HttpResult foreign = client.send(client.request(PROBES)
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .build());
        assertTrue(foreign.header("Access-Control-Allow-Origin").isEmpty(), foreign::toString);
    }
}
