package com.scanport.cart.web;

import com.scanport.cart.CartStatus;
import com.scanport.cart.CartView;
import com.scanport.cart.Carts;
import com.scanport.platform.Roles;
import com.scanport.platform.web.OpenApiBodies;
import com.scanport.platform.web.WholeNumber;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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

/** Admins keep the fleet of carts (seed 000, SURFACES.md "Cart sessions"). */
@Path("carts")
@ApplicationScoped
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "carts", description = "Smart carts and shopping sessions (seed 000)")
public class CartsResource {

    static final String ERROR = "AccountsError";

    @EJB
    private Carts carts;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a cart", description = "Admins only. Available unless the body names another status.")
    @Extension(name = OpenApiBodies.JSON, value = "com.scanport.cart.web.CartCreateRequest")
    @APIResponse(responseCode = "201", description = "The new cart", content = @Content(schema = @Schema(ref = "Cart")))
    @APIResponse(responseCode = "401", description = "Not authenticated", content = @Content(schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "403", description = "Not an admin", content = @Content(schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "422", description = "An unknown status", content = @Content(schema = @Schema(ref = ERROR)))
    public Response addCart(CartCreateRequest cart) {
        CartStatus status = cart.status() == null ? CartStatus.AVAILABLE : CartStatus.of(cart.status()).orElseThrow();
        return Response.status(Response.Status.CREATED).entity(carts.create(status)).build();
    }

    @GET
    @Operation(summary = "Every cart", description = "Admins only, by id.")
    @APIResponse(responseCode = "200", description = "The carts", content = @Content(schema = @Schema(ref = "CartList")))
    @APIResponse(responseCode = "401", description = "Not authenticated", content = @Content(schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "403", description = "Not an admin", content = @Content(schema = @Schema(ref = ERROR)))
    public List<CartView> listCarts() {
        return carts.list();
    }

    @GET
    @Path("{cart_id}")
    @Operation(summary = "One cart", description = "Admins only.")
    @APIResponse(responseCode = "200", description = "The cart", content = @Content(schema = @Schema(ref = "Cart")))
    @APIResponse(responseCode = "404", description = "Cart not found", content = @Content(schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "422", description = "cart_id is not a whole number", content = @Content(schema = @Schema(ref = ERROR)))
    public CartView findCart(@Parameter(description = "The cart's id") @PathParam("cart_id")
                         @WholeNumber(min = 1, max = Integer.MAX_VALUE) Integer cartId) {
        return carts.find(cartId);
    }

    @PATCH
    @Path("{cart_id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a cart's status", description = "Admins only. A cart with an active session "
            + "cannot be made available (400 says why): it becomes available when the session ends.")
    @Extension(name = OpenApiBodies.JSON, value = "com.scanport.cart.web.CartStatusRequest")
    @APIResponse(responseCode = "200", description = "The cart", content = @Content(schema = @Schema(ref = "Cart")))
    @APIResponse(responseCode = "400", description = "The cart has an active session", content = @Content(schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "404", description = "Cart not found", content = @Content(schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "422", description = "A missing or unknown status", content = @Content(schema = @Schema(ref = ERROR)))
    public CartView changeCartStatus(@Parameter(description = "The cart's id") @PathParam("cart_id")
                                 @WholeNumber(min = 1, max = Integer.MAX_VALUE) Integer cartId,
                                 CartStatusRequest change) {
        return carts.changeStatus(cartId, CartStatus.of(change.status()).orElseThrow());
    }
}
