package com.scanport.cart.web;

import com.scanport.cart.Carts;
import com.scanport.cart.SessionHistory;
import com.scanport.identity.web.CurrentUser;
import com.scanport.platform.Roles;
import com.scanport.platform.web.WholeNumber;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Seed 002's per-user data: a shopper's history of cart sessions. */
@Path("user/sessions")
@ApplicationScoped
@RolesAllowed(Roles.USER)
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "carts")
public class ShoppingHistoryResource {

    private static final String ERROR = CartsResource.ERROR;

    @EJB
    private Carts carts;

    @Inject
    private CurrentUser currentUser;

    @GET
    @Path("{user_id}")
    @Operation(summary = "A shopper's cart sessions", description = "The shopper themselves or an admin. Newest "
            + "first, each with its items and total (what was paid, for a session checked out; else what its items "
            + "come to at today's prices).")
    @APIResponse(responseCode = "200", description = "The sessions", content = @Content(schema = @Schema(ref = "ShoppingHistory")))
    @APIResponse(responseCode = "401", description = "Not authenticated", content = @Content(schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "403", description = "Another user's history", content = @Content(schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "422", description = "A user id, offset or limit that is no whole number in range",
            content = @Content(schema = @Schema(ref = ERROR)))
    public List<SessionHistory> shoppingHistory(
            @Parameter(description = "The shopper's user id") @PathParam("user_id")
            @WholeNumber(min = 1, max = Integer.MAX_VALUE) Integer userId,
            @Parameter(description = "Sessions to skip (default 0)") @QueryParam("offset")
            @WholeNumber(min = 0, max = Integer.MAX_VALUE) Integer offset,
            @Parameter(description = "At most this many (1..100, default 20)") @QueryParam("limit")
            @WholeNumber(min = 1, max = 100) Integer limit) {
        return carts.history(currentUser.id(), currentUser.user().isAdmin(), userId,
                offset == null ? 0 : offset, limit == null ? 20 : limit);
    }
}
