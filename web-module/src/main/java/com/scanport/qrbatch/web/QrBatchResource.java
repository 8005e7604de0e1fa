package com.scanport.qrbatch.web;

import com.scanport.imaging.web.ImageDeskSurface;
import com.scanport.platform.InvalidInputException;
import com.scanport.platform.NotFoundException;
import com.scanport.platform.Roles;
import com.scanport.platform.web.PublicUrls;
import com.scanport.platform.web.Required;
import com.scanport.platform.web.WholeNumber;
import com.scanport.qrbatch.QrBatches;
import com.scanport.qrbatch.QrSheet;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Seed 001's QR batches: start one, watch it, download its sheet. Staff tokens, or an admin's. */
@Path("qr")
@ApplicationScoped
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
@SecurityRequirement(name = "bearer")
@Tag(name = "image desk", description = "Staff token, QR batches, owner pages (seed 001)")
public class QrBatchResource {

    private static final String ERROR = ImageDeskSurface.ERROR_SCHEMA;
    static final String NO_BATCH = "No QR codes have been generated yet";

    @EJB
    private QrBatches batches;

    @Inject
    private PublicUrls urls;

    @Context
    private UriInfo uriInfo;

    /** Plain text whatever the request accepts, as the seed's server answered. */
    @GET
    @Operation(summary = "Start a batch of QR codes",
            description = "Generates n owner codes (1 to 1000) and their printable sheet in the background. Each code "
                    + "holds <public URL>/owners/<code>. One batch at a time, on every instance together.")
    @APIResponse(responseCode = "200", description = "Started", content = @Content(mediaType = MediaType.TEXT_PLAIN,
            schema = @Schema(type = SchemaType.STRING,
                    example = "Generating 35 QR codes, this may take a while. Check the progress at /qr/progress")))
    @APIResponse(responseCode = "401", description = "No staff or admin token",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "409", description = "A batch is being generated already",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "422", description = "n missing, not a whole number, or outside 1..1000",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = ERROR)))
    public Response startBatch(@Parameter(description = "How many codes, 1 to 1000", required = true)
                          @QueryParam("n") @WholeNumber(min = 1, max = QrBatches.MAX_CODES) Integer n) {
        if (n == null) {
            throw new InvalidInputException("n is required", Map.of("n", Required.MESSAGE));
        }
        batches.start(n, urls.base(uriInfo));
        return Response.ok("Generating " + n + " QR codes, this may take a while. Check the progress at /qr/progress",
                MediaType.TEXT_PLAIN_TYPE.withCharset("utf-8")).build();
    }

    @GET
    @Path("progress")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Progress of the newest batch",
            description = "progress goes from 0.0 to 100.0 and never back while a batch runs; 100 once its sheet can be "
                    + "downloaded. state is none (no batch yet), running, done or failed (with failure saying why).")
    @APIResponse(responseCode = "200", description = "The newest batch's progress",
            content = @Content(schema = @Schema(ref = "QrProgress")))
    @APIResponse(responseCode = "401", description = "No staff or admin token", content = @Content(schema = @Schema(ref = ERROR)))
    public QrProgressAnswer batchProgress() {
        return QrProgressAnswer.of(batches.progress());
    }

    @GET
    @Path("download")
    @Operation(summary = "The newest finished batch's sheet",
            description = "A4 pages of 5 x 7 QR codes, as qr.pdf. A batch still running does not replace the previous sheet.")
    @APIResponse(responseCode = "200", description = "The sheet", content = @Content(mediaType = "application/pdf",
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "401", description = "No staff or admin token",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "404", description = "No batch has finished yet",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = ERROR)))
    public Response downloadSheet() {
        QrSheet sheet = batches.latestSheet().orElseThrow(() -> new NotFoundException(NO_BATCH));
        return Response.ok(sheet.pdf(), "application/pdf")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"qr.pdf\"")
                .header(HttpHeaders.CONTENT_LENGTH, sheet.pdf().length)
                .build();
    }
}
