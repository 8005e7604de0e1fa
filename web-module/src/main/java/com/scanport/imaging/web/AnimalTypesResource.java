package com.scanport.imaging.web;

import com.scanport.imaging.ImageJobs;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Seed 001's {@code GET /animal_types}: open, for the upload form's choices. */
@Path("animal_types")
@ApplicationScoped
@PermitAll
@Tag(name = "image desk")
public class AnimalTypesResource {

    /** The seed's body. */
    public record AnimalTypes(List<String> types) {
    }

    @EJB
    private ImageJobs jobs;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Animal types", description = "SCANPORT_IMAGING_ANIMAL_TYPES (dog, cat, horse by default), "
            + "then other.")
    @APIResponse(responseCode = "200", description = "The types", content = @Content(schema = @Schema(ref = "AnimalTypes")))
    public AnimalTypes animalTypes() {
        return new AnimalTypes(jobs.animalTypes());
    }
}
