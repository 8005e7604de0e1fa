package com.scanport.imaging.web;

import com.scanport.imaging.ConfirmedResult;
import com.scanport.imaging.ImageJobs;
import com.scanport.platform.NotFoundException;
import com.scanport.qrbatch.QrBatches;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
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

    private static final String PAGE_START = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Your X-ray</title>
            <style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#222}\
            img{max-width:100%;display:block;margin:.5rem 0}</style>
            </head>
            <body>
            <h1>Your X-ray</h1>
            """;
    private static final String NONE_YET = "<p>No X-ray has been confirmed for this code yet. Come back once the desk "
            + "has chosen one.</p>\n";
    private static final String PAGE_END = "</body>\n</html>\n";

    @EJB
    private QrBatches batches;

    @EJB
    private ImageJobs jobs;

    @Inject
    private PictureUrls urls;

    @Context
    private UriInfo uriInfo;

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
        List<ConfirmedResult> results = jobs.ownerResults(code);
        PictureUrls.Signer signer = urls.signer(uriInfo);
        if (prefersJson(headers)) {
            JsonArrayBuilder list = Json.createArrayBuilder();
            for (ConfirmedResult result : results) {
                list.add(Json.createObjectBuilder()
                        .add("job_id", result.jobId())
                        .add("animal_name", result.animalName())
                        .add("animal_type", result.animalType())
                        .add("confirmed_at", result.confirmedAt().toString())
                        .add("xray", signer.picture(result.jobId(), Integer.toString(result.option())))
                        .add("original", signer.picture(result.jobId(), ImageJobs.ORIGINAL)));
            }
            return Response.ok(Json.createObjectBuilder().add("results", list).build().toString(),
                    MediaType.APPLICATION_JSON_TYPE).build();
        }
        StringBuilder page = new StringBuilder(PAGE_START);
        if (results.isEmpty()) {
            page.append(NONE_YET);
        }
        for (ConfirmedResult result : results) {
            String xray = signer.picture(result.jobId(), Integer.toString(result.option()));
            String original = signer.picture(result.jobId(), ImageJobs.ORIGINAL);
            page.append("<section>\n<h2>").append(escaped(result.animalName())).append("</h2>\n")
                    .append("<p>Confirmed ").append(result.confirmedAt().toString().substring(0, 10)).append("</p>\n")
                    .append("<img alt=\"X-ray\" src=\"").append(escaped(xray)).append("\">\n")
                    .append("<p><a download=\"xray.png\" href=\"").append(escaped(xray)).append("\">Download the X-ray</a> - ")
                    .append("<a download=\"original.png\" href=\"").append(escaped(original))
                    .append("\">the photo</a></p>\n</section>\n");
        }
        page.append(PAGE_END);
        return Response.ok(page.toString(), MediaType.TEXT_HTML_TYPE.withCharset("utf-8"))
                .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .build();
    }

    private static String escaped(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
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
