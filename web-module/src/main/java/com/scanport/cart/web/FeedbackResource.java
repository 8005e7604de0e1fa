package com.scanport.cart.web;

import com.scanport.cart.FeedbackStats;
import com.scanport.cart.FeedbackView;
import com.scanport.cart.SessionFeedback;
import com.scanport.identity.web.CurrentUser;
import com.scanport.platform.Roles;
import com.scanport.platform.web.OpenApiBodies;
import com.scanport.platform.web.WholeNumber;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Seed 002's feedback: shoppers on their ended sessions; admins read it all, and its counts. */
@Path("feedback")
@ApplicationScoped
@RolesAllowed(Roles.USER)
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "carts")
public class FeedbackResource {

    private static final String ERROR = CartsResource.ERROR;

    @EJB
    private SessionFeedback feedback;

    @Inject
    private CurrentUser currentUser;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Say how a session went", description = "The session's shopper, once it has ended; once a "
            + "session. selected_item_ids name products that were in it.")
    @Extension(name = OpenApiBodies.JSON, value = "com.scanport.cart.web.FeedbackRequest")
    @APIResponse(responseCode = "201", description = "The feedback", content = @Content(schema = @Schema(ref = "Feedback")))
    @APIResponse(responseCode = "400", description = "The session has not ended", content = @Content(schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "401", description = "Not authenticated", content = @Content(schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "403", description = "Another shopper's session", content = @Content(schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "404", description = "Session not found", content = @Content(schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "409", description = "The session already has feedback", content = @Content(schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "422", description = "A missing or invalid field, or a product that was not in the "
            + "session", content = @Content(schema = @Schema(ref = ERROR)))
    public Response giveFeedback(FeedbackRequest given) {
        FeedbackView view = feedback.give(currentUser.id(), given.sessionId(), given.satisfaction(),
                given.additionalComments(), given.selectedItemIds() == null ? List.of() : given.selectedItemIds());
        return Response.status(Response.Status.CREATED).entity(view).build();
    }

    @GET
    @Path("session/{session_id}")
    @Operation(summary = "A session's feedback", description = "The session's shopper or an admin.")
    @APIResponse(responseCode = "200", description = "The feedback", content = @Content(schema = @Schema(ref = "Feedback")))
    @APIResponse(responseCode = "401", description = "Not authenticated", content = @Content(schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "403", description = "Another shopper's session", content = @Content(schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "404", description = "Session not found, or it has no feedback",
            content = @Content(schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "422", description = "session_id is no whole number in range",
            content = @Content(schema = @Schema(ref = ERROR)))
    public FeedbackView sessionFeedback(@Parameter(description = "The session's id") @PathParam("session_id")
                                        @WholeNumber(min = 1, max = Integer.MAX_VALUE) Integer sessionId) {
        return feedback.ofSession(currentUser.id(), currentUser.user().isAdmin(), sessionId);
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "All feedback", description = "Admins only. Newest first, a page at a time.")
    @APIResponse(responseCode = "200", description = "The feedback", content = @Content(schema = @Schema(ref = "FeedbackList")))
    @APIResponse(responseCode = "401", description = "Not authenticated", content = @Content(schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "403", description = "Not an admin", content = @Content(schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "422", description = "An offset or limit that is no whole number in range",
            content = @Content(schema = @Schema(ref = ERROR)))
    public List<FeedbackView> allFeedback(
            @Parameter(description = "Feedbacks to skip (default 0)") @QueryParam("offset")
            @WholeNumber(min = 0, max = Integer.MAX_VALUE) Integer offset,
            @Parameter(description = "At most this many (1..100, default 20)") @QueryParam("limit")
            @WholeNumber(min = 1, max = 100) Integer limit) {
        return feedback.list(offset == null ? 0 : offset, limit == null ? 20 : limit);
    }

    @GET
    @Path("stats")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Feedback counted", description = "Admins only. How many of each satisfaction, and for each "
            + "product singled out how often and with what satisfaction, most often first.")
    @APIResponse(responseCode = "200", description = "The counts", content = @Content(schema = @Schema(ref = "FeedbackStats")))
    @APIResponse(responseCode = "401", description = "Not authenticated", content = @Content(schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "403", description = "Not an admin", content = @Content(schema = @Schema(ref = ERROR)))
    public FeedbackStats feedbackStats() {
        return feedback.stats();
    }
}
