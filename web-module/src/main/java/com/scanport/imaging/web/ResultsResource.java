package com.scanport.imaging.web;

import com.scanport.imaging.ImageJobs;
import com.scanport.imaging.JobSummary;
import com.scanport.imaging.ResultLinks;
import com.scanport.platform.NotFoundException;
import com.scanport.platform.PermissionDeniedException;
import com.scanport.platform.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Seed 001's results: the jobs waiting for staff's choice, and their pictures. A picture opens
 * with a staff token, or with the signature its listed address carries.
 */
@Path("results")
@ApplicationScoped
@Tag(name = "image desk")
public class ResultsResource {

    private static final String ERROR = ImageDeskSurface.ERROR_SCHEMA;
    private static final Pattern OPTION = Pattern.compile("original|[0-9]");
    private static final Pattern ID = Pattern.compile("[1-9][0-9]{0,17}");
    private static final Pattern EPOCH_SECONDS = Pattern.compile("[0-9]{1,12}");

    @EJB
    private ImageJobs jobs;

    @Inject
    private PictureUrls urls;

    @Inject
    private Clock clock;

    @Context
    private UriInfo uriInfo;

    @Context
    private SecurityContext security;

    @GET
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @SecurityRequirement(name = "bearer")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Results awaiting confirmation", description = "Per job (keys are job ids as strings): "
            + "metadata, the results' and the original's addresses (absolute, signed, valid for "
            + "SCANPORT_IMAGING_RESULT_URL_SECONDS), and results_per_image. failed lists the jobs whose photo could "
            + "not be processed, with the reason; GET /confirm with confirm=cancel dismisses one.")
    @APIResponse(responseCode = "200", description = "The jobs", content = @Content(schema = @Schema(ref = "PendingResults")))
    @APIResponse(responseCode = "401", description = "No staff or admin token", content = @Content(schema = @Schema(ref = ERROR)))
    public Response pendingResults() {
        JsonObjectBuilder metadata = Json.createObjectBuilder();
        JsonObjectBuilder results = Json.createObjectBuilder();
        JsonObjectBuilder originals = Json.createObjectBuilder();
        PictureUrls.Signer signer = urls.signer(uriInfo);
        List<JobSummary> forStaff = jobs.forStaff();
        for (JobSummary job : forStaff.stream().filter(JobSummary::awaitsConfirmation).toList()) {
            String id = Long.toString(job.jobId());
            metadata.add(id, Json.createObjectBuilder()
                    .add("first_name", job.firstName())
                    .add("last_name", job.lastName())
                    .add("animal_name", job.animalName())
                    .add("animal_type", job.animalType())
                    .add("broken_bone", job.brokenBone()));
            JsonArrayBuilder options = Json.createArrayBuilder();
            for (int option = 0; option < job.resultsNeeded(); option++) {
                options.add(signer.picture(job.jobId(), Integer.toString(option)));
            }
            results.add(id, options);
            originals.add(id, signer.picture(job.jobId(), ImageJobs.ORIGINAL));
        }
        JsonObjectBuilder failed = Json.createObjectBuilder();
        for (JobSummary job : forStaff.stream().filter(JobSummary::failed).toList()) {
            failed.add(Long.toString(job.jobId()), Json.createObjectBuilder()
                    .add("first_name", job.firstName())
                    .add("last_name", job.lastName())
                    .add("animal_name", job.animalName())
                    .add("reason", job.failure())
                    .add("failed_at", job.changedAt().toString()));
        }
        String body = Json.createObjectBuilder()
                .add("metadata", metadata)
                .add("results", results)
                .add("originals", originals)
                .add("results_per_image", jobs.resultsPerImage())
                .add("failed", failed)
                .build().toString();
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("{job_id}/{option}")
    @PermitAll
    @Operation(summary = "A result or original picture", description = "option is a result's number or original. "
            + "Opens with a staff or admin token, or with the expires and signature of an address GET /results or an "
            + "owner's page listed.")
    @APIResponse(responseCode = "200", description = "The picture", content = @Content(mediaType = "image/png",
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "401", description = "Neither a token nor a signature",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "403", description = "The signature is wrong or has expired",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "404", description = "No such job or picture",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = ERROR)))
    public Response resultPicture(@Parameter(description = "The job's id") @PathParam("job_id") String jobId,
                                  @Parameter(description = "A result's number, or original") @PathParam("option") String option,
                                  @Parameter(description = "From the listed address") @QueryParam("expires") String expires,
                                  @Parameter(description = "From the listed address") @QueryParam("signature") String signature) {
        boolean staff = security.isUserInRole(Roles.STAFF) || security.isUserInRole(Roles.ADMIN);
        if (!staff && signature == null) {
            throw new NotAuthorizedException("Bearer");
        }
        long job = jobIdOf(jobId);
        if (!OPTION.matcher(option).matches()) {
            throw new NotFoundException("Not Found");
        }
        if (!staff && !ResultLinks.valid(job, option, epochSecondsOf(expires), signature, clock.instant())) {
            throw new PermissionDeniedException("This picture's address is wrong or has expired");
        }
        byte[] picture = jobs.picture(job, option).orElseThrow(() -> new NotFoundException("Not Found"));
        return Response.ok(picture, "image/png")
                .header("Cache-Control", "no-cache, no-store, must-revalidate")
                .header("Pragma", "no-cache")
                .header("Expires", "0")
                .build();
    }

    /** A job's id as the listed addresses write it, or a 404: no other spelling names a job. */
    private static long jobIdOf(String text) {
        if (!ID.matcher(text).matches()) {
            throw new NotFoundException("Not Found");
        }
        return Long.parseLong(text);
    }

    private static long epochSecondsOf(String text) {
        return text != null && EPOCH_SECONDS.matcher(text).matches() ? Long.parseLong(text) : -1;
    }
}
