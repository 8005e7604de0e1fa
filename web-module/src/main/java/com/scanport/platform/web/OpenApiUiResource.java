package com.scanport.platform.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Swagger UI for {@code /openapi}, served from the swagger-ui webjar inside the
 * application so that the page makes no request outside this server.
 */
@Path("openapi-ui")
public class OpenApiUiResource {

    private static final String WEBJAR = "META-INF/resources/webjars/swagger-ui/";
    private static final String ASSETS = WEBJAR + webjarVersion() + "/";
    private static final Pattern ASSET_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Map<String, String> TYPES = Map.of(
            "js", "text/javascript", "css", "text/css", "png", "image/png", "html", MediaType.TEXT_HTML,
            "map", MediaType.APPLICATION_JSON);

    @Context
    private UriInfo uriInfo;

    /**
     * The page loads only this server's files (no inline script) and may not be framed; Swagger
     * UI sets inline styles and draws its icons as data: images.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response page() {
        String base = uriInfo.getBaseUri().getPath() + "openapi-ui/";
        return Response.ok("""
                <!DOCTYPE html>
                <html lang="en">
                <head>
                  <meta charset="utf-8">
                  <title>Scanport API</title>
                  <link rel="stylesheet" href="%1$sswagger-ui.css">
                </head>
                <body>
                  <div id="swagger-ui"></div>
                  <script src="%1$sswagger-ui-bundle.js"></script>
                  <script src="%1$sswagger-ui-standalone-preset.js"></script>
                  <script src="%1$sscanport-init.js"></script>
                </body>
                </html>
                """.formatted(base))
                .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .build();
    }

    @GET
    @Path("scanport-init.js")
    @Produces("text/javascript")
    @Operation(hidden = true)
    public String init() {
        return """
                window.ui = SwaggerUIBundle({
                  url: "/openapi",
                  dom_id: "#swagger-ui",
                  deepLinking: true,
                  validatorUrl: null,
                  persistAuthorization: false,
                  presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
                  layout: "StandaloneLayout"
                });
                """;
    }

    @GET
    @Path("{asset}")
    @Operation(hidden = true)
    public Response asset(@PathParam("asset") String asset) {
        if (!ASSET_NAME.matcher(asset).matches()) {
            throw new NotFoundException();
        }
        InputStream content = OpenApiUiResource.class.getClassLoader().getResourceAsStream(ASSETS + asset);
        if (content == null) {
            throw new NotFoundException();
        }
        String extension = asset.substring(asset.lastIndexOf('.') + 1);
        CacheControl cache = new CacheControl();
        cache.setMaxAge(86_400);
        return Response.ok(content, TYPES.getOrDefault(extension, MediaType.APPLICATION_OCTET_STREAM))
                .cacheControl(cache)
                .build();
    }

    private static String webjarVersion() {
        try (InputStream in = OpenApiUiResource.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("The swagger-ui webjar is missing from the application");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
