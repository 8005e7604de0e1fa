package com.scanport.ear;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.scanport.testing.HttpResult;
import com.scanport.testing.ScanportClient;
import java.net.http.HttpRequest;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The HTTP port without the application (before the EAR is deployed, while it loads, once it is
 * undeployed): the server's default web module answers there, with nothing but empty or JSON
 * errors, never a page of the server's or its name.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EarUndeployedPortIT {

    private static final String EAR = "ear";

    private final ScanportClient client = new ScanportClient(EarDeployment.base());

    @ArquillianResource
    private Deployer deployer;

    @Deployment(name = EAR, managed = false, testable = false)
    static EnterpriseArchive ear() {
        return EarDeployment.ear();
    }

    @Test
    void withoutTheEarThePortShowsNoServerPage() {
        assumeTrue("payara-server".equals(System.getProperty("arquillian.launch")),
                "WildFly serves its welcome page and HTML 404s until the EAR is deployed");
        // Arquillian starts the domain on its first deployment; undeployed, the port is as before.
        // (In the first seconds of a start, before Payara's web container runs, its HTTP layer still
        // answers with its own 404 page: no domain setting reaches that one.)
        deployer.deploy(EAR);
        deployer.undeploy(EAR);

        HttpResult[] answers = {
            client.get(""),
            client.get("index.html"),
            client.get("no/such/path"),
            client.get("page.jsp"),
            client.get("WEB-INF/web.xml"),
            client.get("openapi/application.wadl"),
            client.post("no/such/path", "{}", "Content-Type", "application/json"),
            send("", "DELETE"),
            send("", "PATCH"),
            send("index.html", "PUT"),
            send("openapi", "OPTIONS"),
        };
        for (HttpResult answer : answers) {
            if (answer.status() >= 400) {
                assertTrue(answer.body().isEmpty()
                        || answer.header("Content-Type").orElse("").startsWith("application/json"), answer::toString);
            }
            String text = (answer.response().headers().map() + answer.body()).toLowerCase(Locale.ROOT);
            for (String name : new String[] {"payara", "glassfish", "grizzly", "jersey", "wadl", "html", "server=",
                    "x-powered-by"}) {
                assertFalse(text.contains(name), () -> name + " in " + answer);
            }
        }
    }

    private HttpResult send(String path, String method) {
        return client.send(client.request(path).method(method, HttpRequest.BodyPublishers.noBody()).build());
    }
}
