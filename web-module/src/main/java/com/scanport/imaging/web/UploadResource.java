package com.scanport.imaging.web;

import com.scanport.imaging.ImageDeskSettings;
import com.scanport.imaging.ImageJobs;
import com.scanport.imaging.UploadReceipt;
import com.scanport.platform.Roles;
import com.scanport.platform.web.OpenApiBodies;
import com.scanport.platform.web.RequestBodies;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Seed 001's {@code POST /upload}: staff hand in an owner's photo, which becomes an image job. */
@Path("upload")
@ApplicationScoped
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
@SecurityRequirement(name = "bearer")
@Tag(name = "image desk")
public class UploadResource {

    private static final String ERROR = ImageDeskSurface.ERROR_SCHEMA;

    @EJB
    private ImageJobs jobs;

    @EJB
    private ImageDeskSettings settings;

    @Inject
    private Validator validator;

    @Inject
    private UploadSlots slots;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Extension(name = OpenApiBodies.MULTIPART, value = "com.scanport.imaging.web.UploadForm")
    @Operation(summary = "Upload a photo", description = "Stores the photo with its owner's details and queues it: the "
            + "image queue's listener normalizes it (decoded, written again as PNG without metadata), then workers "
            + "take it from GET /job. qr_content must name a code of a generated QR batch. current_jobs counts the "
            + "jobs waiting for workers, this one included.")
    @APIResponse(responseCode = "200", description = "Queued", content = @Content(schema = @Schema(ref = "UploadAnswer")))
    @APIResponse(responseCode = "401", description = "No staff or admin token", content = @Content(schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "413", description = "The request is larger than the upload limit",
            content = @Content(schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "429", description = "Too many uploads at once (photos and results together)",
            content = @Content(schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "422", description = "A field missing or invalid: no PNG or JPEG, too large, too many "
            + "pixels, an unknown code or animal type; nothing is stored", content = @Content(schema = @Schema(ref = ERROR)))
    public UploadAnswer uploadPhoto(@FormParam("file") EntityPart file,
                                    @FormParam("first_name") String firstName,
                                    @FormParam("last_name") String lastName,
                                    @FormParam("animal_name") String animalName,
                                    @FormParam("qr_content") String qrContent,
                                    @FormParam("animal_type") String animalType,
                                    @FormParam("broken_bone") String brokenBone) {
        UploadReceipt receipt = slots.holding(() -> {
            UploadForm form = RequestBodies.fromForm(UploadForm.class,
                    RequestBodies.fields("first_name", firstName, "last_name", lastName, "animal_name", animalName,
                            "qr_content", qrContent, "animal_type", animalType, "broken_bone", brokenBone),
                    FileParts.read(settings.maxUploadBytes(), "file", file), validator);
            return jobs.upload(form.upload());
        });
        return new UploadAnswer("success", receipt.jobId(), receipt.queuedJobs());
    }
}
