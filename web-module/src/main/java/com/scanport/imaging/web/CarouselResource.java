package com.scanport.imaging.web;

import com.scanport.imaging.ConfirmedResult;
import com.scanport.imaging.ImageJobs;
import com.scanport.platform.NotFoundException;
import com.scanport.platform.web.WholeNumber;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Seed 001's carousel: the newest confirmed X-rays, open to all (a screen in the waiting room). */
@Path("carousel")
@ApplicationScoped
@PermitAll
@Tag(name = "image desk")
public class CarouselResource {

    private static final String ERROR = ImageDeskSurface.ERROR_SCHEMA;

    @EJB
    private ImageJobs jobs;

    @Inject
    private PictureUrls urls;

    @Context
    private UriInfo uriInfo;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The carousel", description = "Addresses of the newest confirmed results, newest first, at "
            + "most SCANPORT_IMAGING_CAROUSEL_SIZE (10).")
    @APIResponse(responseCode = "200", description = "The entries", content = @Content(schema = @Schema(
            type = SchemaType.ARRAY, implementation = String.class)))
    public List<String> carousel() {
        return urls.carousel(uriInfo, jobs.carousel().size());
    }

    @GET
    @Path("{index}")
    @Operation(summary = "A carousel entry", description = "carousel_<index>.zip holding xray.png (the confirmed result) "
            + "and original.png.")
    @APIResponse(responseCode = "200", description = "The entry", content = @Content(mediaType = "application/zip",
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "No entry at this index",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "422", description = "index is not a whole number",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = ERROR)))
    public Response carouselEntry(@Parameter(description = "From 0, newest first") @PathParam("index")
                                  @WholeNumber(min = 0, max = Integer.MAX_VALUE) Integer index) {
        List<ConfirmedResult> entries = jobs.carousel();
        if (index >= entries.size()) {
            throw new NotFoundException("Not Found");
        }
        ConfirmedResult entry = entries.get(index);
        byte[] xray = jobs.picture(entry.jobId(), Integer.toString(entry.option())).orElseThrow(
                () -> new NotFoundException("Not Found"));
        byte[] original = jobs.picture(entry.jobId(), ImageJobs.ORIGINAL).orElseThrow(
                () -> new NotFoundException("Not Found"));
        return Response.ok(zip(xray, original), "application/zip")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"carousel_" + index + ".zip\"")
                .build();
    }

    private static byte[] zip(byte[] xray, byte[] original) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(xray.length + original.length + 512);
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            // PNGs are compressed already.
            zip.setLevel(0);
            zip.putNextEntry(new ZipEntry("xray.png"));
            zip.write(xray);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("original.png"));
            zip.write(original);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
