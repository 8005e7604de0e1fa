package com.scanport.identity.web;

import com.scanport.identity.Accounts;
import com.scanport.identity.UserView;
import com.scanport.platform.NotFoundException;
import com.scanport.platform.Roles;
import com.scanport.platform.web.WholeNumber;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Seed 002's admin API: every user, one user, and removing one. */
@Path("admin/users")
@ApplicationScoped
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "admin", description = "Admin-only views of accounts (seed 002)")
public class AdminUsersResource {

    static final int MAX_PAGE = 1000;
    private static final String ERROR = AuthResource.ERROR;
    private static final String UNAUTHENTICATED = "Missing, invalid or expired token";
    private static final String NOT_ADMIN = "This operation requires admin privileges";

    @EJB
    private Accounts accounts;

    @GET
    @Operation(summary = "All users, by id", description = "At most 1000 per call; page with offset and limit.")
    @APIResponse(responseCode = "200", description = "The users",
            content = @Content(schema = @Schema(ref = "UserList")))
    @APIResponse(responseCode = "401", description = UNAUTHENTICATED, content = @Content(schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "403", description = NOT_ADMIN, content = @Content(schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "422", description = "offset or limit out of range",
            content = @Content(schema = @Schema(ref = ERROR)))
    public List<UserView> list(@QueryParam("offset") @DefaultValue("0") @WholeNumber(min = 0, max = Integer.MAX_VALUE)
                               Integer offset,
                               @QueryParam("limit") @DefaultValue("1000") @WholeNumber(min = 1, max = MAX_PAGE)
                               Integer limit) {
        return accounts.list(offset, limit);
    }

    @GET
    @Path("{userId}")
    @Operation(summary = "One user")
    @APIResponse(responseCode = "200", description = "The user", content = @Content(schema = @Schema(ref = "User")))
    @APIResponse(responseCode = "401", description = UNAUTHENTICATED, content = @Content(schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "403", description = NOT_ADMIN, content = @Content(schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "404", description = "User not found", content = @Content(schema = @Schema(ref = ERROR)))
    public UserView find(@PathParam("userId") long userId) {
        return accounts.find(userId).orElseThrow(() -> new NotFoundException("User not found"));
    }

    @DELETE
    @Path("{userId}")
    @Operation(summary = "Delete a user", description = "Their tokens stop working at once.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "401", description = UNAUTHENTICATED, content = @Content(schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "403", description = NOT_ADMIN, content = @Content(schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "404", description = "User not found", content = @Content(schema = @Schema(ref = ERROR)))
    public void delete(@PathParam("userId") long userId) {
        accounts.delete(userId);
    }
}
