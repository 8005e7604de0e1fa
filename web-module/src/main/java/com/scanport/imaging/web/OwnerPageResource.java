package com.scanport.imaging.web;

import com.scanport.platform.NotFoundException;
import com.scanport.qrbatch.QrBatches;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Where an owner's QR code leads: the X-rays staff confirmed for that code. A page for people,
 * JSON for programs ({@code Accept: application/json}). Open, since the code is the secret;
 * an unknown code and a malformed one get the same 404.
 */
@Path("owners")
@ApplicationScoped
@PermitAll
@Tag(name = "image desk")
public class OwnerPageResource {

    /** Nothing from anywhere but this page itself: its one inline style, images from this server. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; "
            + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Your X-ray</title>
            <style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#222}</style>
            </head>
            <body>
            <h1>Your X-ray</h1>
            <p>No X-ray has been confirmed for this code yet. Come back once the desk has chosen one.</p>
            </body>
            </html>
            """;

    @EJB
    private QrBatches batches;

    @GET
    @Path("{code}")
    @Operation(summary = "An owner's page", description = "The results confirmed for an owner code: HTML, or JSON "
            + "when the request prefers application/json.")
    @APIResponse(responseCode = "200", description = "The owner's results", content = {
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "OwnerPage"))})
    @APIResponse(responseCode = "404", description = "No such code", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = ImageDeskSurface.ERROR_SCHEMA)))
    public Response ownerPage(@Parameter(description = "The code printed in the QR code") @PathParam("code") String code,
                         @Context HttpHeaders headers) {
        if (!batches.isOwnerCode(code)) {
            throw new NotFoundException("Not Found");
        }
        if (prefersJson(headers)) {
            return Response.ok(Json.createObjectBuilder().add("results", Json.createArrayBuilder()).build().toString(),
                    MediaType.APPLICATION_JSON_TYPE).build();
        }
        return Response.ok(PAGE, MediaType.TEXT_HTML_TYPE.withCharset("utf-8"))
                .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .build();
    }

    /** JSON when the most wanted type the request names is JSON; a page for browsers and everyone else. */
    static boolean prefersJson(HttpHeaders headers) {
        for (MediaType wanted : headers.getAcceptableMediaTypes()) {
            if (wanted.isWildcardType() || MediaType.TEXT_HTML_TYPE.isCompatible(wanted)) {
                return false;
            }
            if (MediaType.APPLICATION_JSON_TYPE.isCompatible(wanted) && !wanted.isWildcardSubtype()) {
                return true;
            }
        }
        return false;
    }
}
