package com.scanport.imaging.web;

import com.scanport.imaging.ConfirmAction;
import com.scanport.imaging.ImageJobs;
import com.scanport.platform.InvalidInputException;
import com.scanport.platform.Roles;
import com.scanport.platform.web.Required;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Seed 001's {@code GET /confirm}: staff's decision on a job's results. */
@Path("confirm")
@ApplicationScoped
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
@SecurityRequirement(name = "bearer")
@Tag(name = "image desk")
public class ConfirmResource {

    private static final String ERROR = ImageDeskSurface.ERROR_SCHEMA;
    private static final String ACTIONS = "must be confirm, retry or cancel";
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,10}");

    @EJB
    private ImageJobs jobs;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Confirm, retry or cancel a job", description = "confirm publishes result number choice on the "
            + "owner's page and at the front of the carousel; retry drops the results and queues the photo again; cancel "
            + "ends the job (also one that failed or is still being worked on). Confirm and retry take a job awaiting "
            + "confirmation only.")
    @APIResponse(responseCode = "200", description = "Done", content = @Content(schema = @Schema(ref = "DeskStatus")))
    @APIResponse(responseCode = "401", description = "No staff or admin token", content = @Content(schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "404", description = "No such job", content = @Content(schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "409", description = "The job is not awaiting confirmation (or has ended, for cancel)",
            content = @Content(schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "422", description = "image_id, choice or confirm missing or invalid; the job is left as "
            + "it was", content = @Content(schema = @Schema(ref = ERROR)))
    public DeskStatus confirmJob(
            @Parameter(description = "The job's id", required = true, schema = @Schema(type = SchemaType.INTEGER))
            @QueryParam("image_id") String imageId,
            @Parameter(description = "The chosen result's number (for confirm)", required = true,
                    schema = @Schema(type = SchemaType.INTEGER))
            @QueryParam("choice") String choice,
            @Parameter(description = "confirm, retry or cancel", required = true,
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"confirm", "retry", "cancel"}))
            @QueryParam("confirm") String confirm) {
        Map<String, String> errors = new LinkedHashMap<>();
        Long job = wholeNumber(imageId, "image_id", errors);
        Long chosen = wholeNumber(choice, "choice", errors);
        ConfirmAction action = null;
        if (confirm == null) {
            errors.put("confirm", Required.MESSAGE);
        } else {
            action = ConfirmAction.of(confirm.strip()).orElse(null);
            if (action == null) {
                errors.put("confirm", ACTIONS);
            }
        }
        if (!errors.isEmpty()) {
            Map.Entry<String, String> first = errors.entrySet().iterator().next();
            throw new InvalidInputException(first.getKey() + " " + first.getValue(), errors);
        }
        jobs.decide(job, chosen.intValue(), action);
        return DeskStatus.SUCCESS;
    }

    /** A whole number parameter, or its error recorded. */
    private static Long wholeNumber(String text, String name, Map<String, String> errors) {
        if (text == null) {
            errors.put(name, Required.MESSAGE);
            return null;
        }
        // ASCII digits only: Long.parseLong also reads other scripts' digits.
        if (DIGITS.matcher(text.strip()).matches()) {
            long number = Long.parseLong(text.strip());
            if (number <= Integer.MAX_VALUE) {
                return number;
            }
        }
        errors.put(name, "must be a whole number from 0 to " + Integer.MAX_VALUE);
        return null;
    }
}
