package com.scanport.store.web;

import com.scanport.identity.web.CurrentUser;
import com.scanport.platform.Roles;
import com.scanport.platform.web.WholeNumber;
import com.scanport.store.Suggestions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Seed 002: products suggested to a user from what people bought. Errors in the accounts surface's body. */
@Path("products/suggestions")
@ApplicationScoped
@RolesAllowed(Roles.USER)
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "catalogue")
public class SuggestionsResource {

    private static final String ERROR = "AccountsError";

    @EJB
    private Suggestions suggestions;

    @Inject
    private CurrentUser currentUser;

    @GET
    @Path("{user_id}")
    @Operation(summary = "Products to suggest to a user", description = "The user themselves or an admin. What "
            + "people who bought what the user bought also bought, then what most people bought, then the rest of the "
            + "catalogue; never what the user has bought, only products on sale with stock left. Who bought what is "
            + "read again at most every SCANPORT_SUGGESTIONS_REFRESH_SECONDS (default 30).")
    @APIResponse(responseCode = "200", description = "The products", content = @Content(schema = @Schema(ref = "Suggestions")))
    @APIResponse(responseCode = "401", description = "Not authenticated", content = @Content(schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "403", description = "Another user's suggestions", content = @Content(schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "422", description = "A user id or count that is no whole number in range",
            content = @Content(schema = @Schema(ref = ERROR)))
    public SuggestionAnswer.Listing productSuggestions(
            @Parameter(description = "The user's id") @PathParam("user_id")
            @WholeNumber(min = 1, max = Integer.MAX_VALUE) Integer userId,
            @Parameter(description = "How many, 3..10 (default 5)") @QueryParam("count")
            @WholeNumber(min = 3, max = 10) Integer count) {
        return SuggestionAnswer.Listing.of(suggestions.forUser(currentUser.id(), currentUser.user().isAdmin(), userId,
                count == null ? 5 : count));
    }
}
