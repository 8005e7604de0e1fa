package com.scanport.platform.web;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * What is running: name, version and the commit it was built from. Open, and the cheapest
 * JAX-RS endpoint there is (the answer is written once), so benchmarks compare against it.
 */
@Path("version")
@ApplicationScoped
@PermitAll
@Tag(name = "platform", description = "Operations: broker diagnostics")
public class VersionResource {

    private static final String VERSION = describe();

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Name, version and build commit")
    @APIResponse(responseCode = "200", description = "What is running", content = @Content(
            schema = @Schema(example = "{\"name\": \"scanport\", \"version\": \"0.1.0\", \"commit\": \"abb3c53\"}")))
    public String version() {
        return VERSION;
    }

    private static String describe() {
        Properties build = new Properties();
        try (InputStream in = VersionResource.class.getResourceAsStream("/META-INF/scanport-build.properties")) {
            if (in == null) {
                throw new IllegalStateException("META-INF/scanport-build.properties is missing from the application");
            }
            build.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Json.createObjectBuilder()
                .add("name", "scanport")
                .add("version", build.getProperty("version"))
                .add("commit", build.getProperty("commit"))
                .build().toString();
    }
}
