package com.scanport.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.scanport.devicelogin.web.DeviceLoginSurface;
import com.scanport.identity.web.AccountsSurface;
import com.scanport.imaging.web.ImageDeskSurface;
import com.scanport.store.web.StoreSurface;
import com.scanport.testing.BadInputSuite;
import com.scanport.testing.Deployments;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The generated bad-input suite on Payara Micro with the real WAR. The suite carries its own
 * copy of the surfaces' roots and error shapes (the EAR's test classpath has no web-module
 * classes); here, where the real {@link Surface} classes are at hand, the copy is checked
 * against them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BadInputIT extends BadInputSuite {

    private static final Map<String, Surface> SURFACES = Map.of("accounts", new AccountsSurface(),
            "device-login", new DeviceLoginSurface(), "image-desk", new ImageDeskSurface(), "store", new StoreSurface());

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

    @Test
    void theSuitesSurfaceTableIsTheSurfacesOwn() {
        Surfaces real = new Surfaces(SURFACES.values());
        SURFACES.forEach((name, surface) -> {
            for (String root : surface.roots()) {
                assertEquals(name, BadInputSuite.SURFACE_ROOTS.get(root), root);
                for (String path : List.of("/" + root, "/" + root + "/1", root + "/x/y?q=1")) {
                    assertEquals(real.of(path.replaceAll("\\?.*", "")), SURFACES.get(BadInputSuite.surfaceOf(path)), path);
                }
            }
            for (int status : new int[] {400, 401, 403, 404, 405, 409, 413, 415, 422, 429}) {
                for (Map<String, String> fields : List.of(Map.<String, String>of(), Map.of("username", "is required"))) {
                    JsonObject body = Json.createReader(new StringReader(
                            surface.errorBody(status, surface.message(status), fields))).readObject();
                    assertNull(BadInputSuite.shapeProblem(name, status, body), name + " " + status + " " + body);
                }
            }
        });
        assertEquals(SURFACES.values().stream().mapToInt(s -> s.roots().size()).sum(), BadInputSuite.SURFACE_ROOTS.size());
        assertEquals(SURFACES.get("accounts"), real.of("/unclaimed/path"));
        assertEquals("accounts", BadInputSuite.surfaceOf("/unclaimed/path"));
    }
}
