package com.scanport.imaging.web;

import com.scanport.imaging.ImageDeskSettings;
import com.scanport.imaging.ImageJobs;
import com.scanport.imaging.JobSummary;
import com.scanport.imaging.WorkItem;
import com.scanport.platform.Roles;
import com.scanport.platform.web.OpenApiBodies;
import com.scanport.platform.web.RequestBodies;
import com.scanport.platform.web.WholeNumber;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Seed 001's workers' end: {@code GET /job} leases one result slot of the oldest ready job and
 * answers its photo, with the job's details in headers; {@code POST /job} takes the result.
 */
@Path("job")
@ApplicationScoped
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
@SecurityRequirement(name = "bearer")
@Tag(name = "image desk")
public class JobResource {

    private static final String ERROR = ImageDeskSurface.ERROR_SCHEMA;
    /** Set when the job's text headers are percent-encoded UTF-8 (one of them is not printable ASCII). */
    static final String ENCODED = "X-Encoded";

    @EJB
    private ImageJobs jobs;

    @EJB
    private ImageDeskSettings settings;

    @Inject
    private Validator validator;

    @Inject
    private UploadSlots slots;

    @GET
    @Operation(summary = "Take a job", description = "Leases one result slot of the oldest ready job for lease_seconds "
            + "(at most and by default SCANPORT_IMAGING_LEASE_SECONDS, 300) and answers its photo as PNG. A slot whose "
            + "lease runs out without a result goes back to the queue. When a name is not printable ASCII, "
            + "first_name, last_name, animal_name and animal_type are all percent-encoded UTF-8 and X-Encoded says "
            + "percent. 204 when no slot is free.")
    @APIResponse(responseCode = "200", description = "A job's photo", content = @Content(mediaType = "image/png",
            schema = @Schema(type = SchemaType.STRING, format = "binary")), headers = {
                    @Header(name = "img_id", description = "The job's id", schema = @Schema(type = SchemaType.INTEGER)),
                    @Header(name = "first_name", description = "Owner's first name", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "last_name", description = "Owner's last name", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "animal_name", description = "The animal's name", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "animal_type", description = "The animal's type", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "broken_bone", description = "true or false", schema = @Schema(type = SchemaType.BOOLEAN)),
                    @Header(name = "lease_id", description = "Names this lease when the result is posted",
                            schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "lease_expires_at", description = "When the lease runs out (ISO-8601)",
                            schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = ENCODED, description = "percent, when the text headers are percent-encoded UTF-8",
                            schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "204", description = "No job waits")
    @APIResponse(responseCode = "401", description = "No staff or admin token",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "422", description = "lease_seconds not a whole number from 1 to 86400",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = ERROR)))
    public Response takeJob(@Parameter(description = "How long the worker needs, in seconds; at most the configured lease")
                            @QueryParam("lease_seconds") @WholeNumber(min = 1, max = 86_400) Integer leaseSeconds) {
        WorkItem work = jobs.take(leaseSeconds).orElse(null);
        if (work == null) {
            return Response.noContent().build();
        }
        JobSummary job = work.job();
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("first_name", job.firstName());
        texts.put("last_name", job.lastName());
        texts.put("animal_name", job.animalName());
        texts.put("animal_type", job.animalType());
        boolean encode = texts.values().stream().anyMatch(text -> !printableAscii(text));
        Response.ResponseBuilder response = Response.ok(work.photo(), "image/png")
                .header("img_id", job.jobId())
                .header("broken_bone", job.brokenBone())
                .header("lease_id", work.leaseId())
                .header("lease_expires_at", work.leaseExpiresAt().toString());
        texts.forEach((name, text) -> response.header(name, encode ? percentEncoded(text) : text));
        if (encode) {
            response.header(ENCODED, "percent");
        }
        return response.build();
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Extension(name = OpenApiBodies.MULTIPART, value = "com.scanport.imaging.web.ResultForm")
    @Operation(summary = "Post a result", description = "A worker's picture for the slot its lease names. Once every "
            + "slot of a job has its result (results_per_image), the job waits for staff in GET /results.")
    @APIResponse(responseCode = "200", description = "Taken", content = @Content(schema = @Schema(ref = "DeskStatus")))
    @APIResponse(responseCode = "401", description = "No staff or admin token", content = @Content(schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "404", description = "Unknown job or lease", content = @Content(schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "409", description = "The job takes no more results, or the lease ran out",
            content = @Content(schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "413", description = "The request is larger than the upload limit",
            content = @Content(schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "429", description = "Too many uploads at once (photos and results together)",
            content = @Content(schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "422", description = "A field missing or invalid (the result no PNG or JPEG)",
            content = @Content(schema = @Schema(ref = ERROR)))
    public DeskStatus postResult(@FormParam("image_id") String imageId, @FormParam("lease_id") String leaseId,
                                 @FormParam("result") EntityPart result) {
        slots.holding(() -> {
            ResultForm form = RequestBodies.fromForm(ResultForm.class,
                    RequestBodies.fields("image_id", imageId, "lease_id", leaseId),
                    FileParts.read(settings.maxUploadBytes(), "result", result), validator);
            jobs.submit(form.imageId(), form.leaseId(), form.result());
            return null;
        });
        return DeskStatus.SUCCESS;
    }

    private static boolean printableAscii(String text) {
        return text.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
    }

    /** RFC 3986 percent-encoding of UTF-8: a space is %20, not +. */
    static String percentEncoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
