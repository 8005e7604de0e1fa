package com.scanport.cart.web;

import com.scanport.cart.CartSessionView;
import com.scanport.cart.Carts;
import com.scanport.cart.CheckoutView;
import com.scanport.cart.SessionItems;
import com.scanport.platform.InvalidInputException;
import com.scanport.devicelogin.web.SignedInCallers;
import com.scanport.identity.web.CurrentUser;
import com.scanport.platform.QrPng;
import com.scanport.platform.Roles;
import com.scanport.platform.web.Accepts;
import com.scanport.platform.web.OpenApiBodies;
import com.scanport.platform.web.WholeNumber;
import com.scanport.store.RetryKey;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Seed 000: a cart's screen shows a QR code; a signed-in shopper's app scans it and a session starts. */
@Path("customer-session")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "carts")
public class CustomerSessionResource {

    private static final MediaType PNG = new MediaType("image", "png");

    private static final String ERROR = CartsResource.ERROR;
    /** 10 pixels a module and the standard's 4-module quiet zone: about 450 px for a cart's token. */
    private static final int MODULE_PIXELS = 10;
    private static final int QUIET_ZONE = 4;

    @EJB
    private Carts carts;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private SignedInCallers callers;

    @Context
    private HttpHeaders headers;

    @GET
    @Path("qr/{cart_id}")
    @PermitAll
    @Produces({"image/png", MediaType.APPLICATION_JSON})
    @Operation(summary = "The QR code a cart's screen shows", description = "Open (the cart's screen has no user). "
            + "A fresh signed token naming the cart, good once and for SCANPORT_CART_QR_TTL_SECONDS (60), as a PNG "
            + "(1 bit a pixel, 10 pixels a module, 4-module quiet zone), or as {\"token\"} on Accept: application/json.")
    @APIResponse(responseCode = "200", description = "The code", content = {
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CartQrToken"))})
    @APIResponse(responseCode = "404", description = "Cart not found",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "422", description = "cart_id is not a whole number",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = ERROR)))
    public Response cartQrCode(@Parameter(description = "The cart's id") @PathParam("cart_id")
                       @WholeNumber(min = 1, max = Integer.MAX_VALUE) Integer cartId) {
        String token = carts.qrToken(cartId);
        if (Accepts.jsonBefore(headers, PNG)) {
            return Response.ok(Map.of("token", token), MediaType.APPLICATION_JSON_TYPE).build();
        }
        return Response.ok(QrPng.of(token, MODULE_PIXELS, QUIET_ZONE), "image/png").build();
    }

    /**
     * The shopper's token comes as a bearer header, or, from a web app signed in as the seed's
     * example expects (its fetch sends no header), in the {@code rds-session} cookie. A cookie
     * cannot start a session from another site: the body must be {@code application/json},
     * which no form can send and no other site's script can without the CORS preflight.
     */
    @POST
    @Path("scan-qr")
    @PermitAll
    @SecurityRequirement(name = "bearer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start shopping with the cart whose code was scanned", description = "The shopper's own "
            + "token as bearer, or in the rds-session cookie. Of simultaneous scans of one cart exactly one wins; a "
            + "shopper has one active session.")
    @Extension(name = OpenApiBodies.JSON, value = "com.scanport.cart.web.ScanRequest")
    @APIResponse(responseCode = "200", description = "The session", content = @Content(schema = @Schema(ref = "CartSession")))
    @APIResponse(responseCode = "400", description = "Cart is not available (current status: ...), or you already "
            + "have an active shopping session", content = @Content(schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "401", description = "Not authenticated, or Invalid or expired QR code.",
            content = @Content(schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "404", description = "Cart not found", content = @Content(schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "422", description = "No token", content = @Content(schema = @Schema(ref = ERROR)))
    public CartSessionView scanCartQrCode(ScanRequest scan) {
        return carts.scan(callers.caller(headers).user().id(), scan.token());
    }

    @POST
    @Path("{session_id}/items")
    @RolesAllowed(Roles.USER)
    @SecurityRequirement(name = "bearer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Put a product into your session", description = "The session's shopper only, while it "
            + "is active. By barcode or by item_no_; more of a product already there adds to its line (at most 99). "
            + "Answers what the session holds now.")
    @Extension(name = OpenApiBodies.JSON, value = "com.scanport.cart.web.SessionItemRequest")
    @APIResponse(responseCode = "201", description = "The session's items", content = @Content(schema = @Schema(ref = "CartItems")))
    @APIResponse(responseCode = "400", description = "The session is not active, or more than 99 of one product",
            content = @Content(schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "401", description = "Not authenticated", content = @Content(schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "403", description = "Another shopper's session", content = @Content(schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "404", description = "Session not found, or Product not found", content = @Content(schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "422", description = "Neither or both of barcode and item_no_, or a quantity out of 1..99",
            content = @Content(schema = @Schema(ref = ERROR)))
    public Response addSessionItem(@Parameter(description = "The session's id") @PathParam("session_id")
                            @WholeNumber(min = 1, max = Integer.MAX_VALUE) Integer sessionId, SessionItemRequest item) {
        if ((item.barcode() == null) == (item.itemNo_() == null)) {
            throw new InvalidInputException("Give barcode or item_no_, one of them",
                    Map.of("barcode", "or item_no_, one of them"));
        }
        return Response.status(Response.Status.CREATED).entity(carts.addItem(currentUser.id(), sessionId,
                item.itemNo_(), item.barcode(), item.quantity())).build();
    }

    @GET
    @Path("{session_id}/items")
    @RolesAllowed(Roles.USER)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "What a session holds", description = "Its shopper or an admin: the lines in the order "
            + "they were added, each with its product, quantity and line total, and the total.")
    @APIResponse(responseCode = "200", description = "The session's items", content = @Content(schema = @Schema(ref = "CartItems")))
    @APIResponse(responseCode = "401", description = "Not authenticated", content = @Content(schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "403", description = "Another shopper's session", content = @Content(schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "404", description = "Session not found", content = @Content(schema = @Schema(ref = ERROR)))
    public SessionItems sessionItems(@Parameter(description = "The session's id") @PathParam("session_id")
                              @WholeNumber(min = 1, max = Integer.MAX_VALUE) Integer sessionId) {
        return carts.items(currentUser.id(), currentUser.user().isAdmin(), sessionId);
    }

    @DELETE
    @Path("{session_id}/items/{item_no_}")
    @RolesAllowed(Roles.USER)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Take a product out of your session", description = "The session's shopper only, while "
            + "it is active: the product's whole line. Answers what the session holds now.")
    @APIResponse(responseCode = "200", description = "The session's items", content = @Content(schema = @Schema(ref = "CartItems")))
    @APIResponse(responseCode = "400", description = "The session is not active", content = @Content(schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "401", description = "Not authenticated", content = @Content(schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "403", description = "Another shopper's session", content = @Content(schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "404", description = "Session not found, or the product is not in it",
            content = @Content(schema = @Schema(ref = ERROR)))
    public SessionItems removeSessionItem(@Parameter(description = "The session's id") @PathParam("session_id")
                                   @WholeNumber(min = 1, max = Integer.MAX_VALUE) Integer sessionId,
                                   @Parameter(description = "The product's id") @PathParam("item_no_")
                                   @WholeNumber(min = 1, max = Integer.MAX_VALUE) Integer itemNo) {
        return carts.removeItem(currentUser.id(), sessionId, itemNo);
    }

    @POST
    @Path("{session_id}/checkout")
    @RolesAllowed(Roles.USER)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Pay and end a session", description = "Its shopper or an admin. In one transaction: "
            + "the items taken from stock and paid from the shopper's store balance (one ledger purchase at today's "
            + "prices; an empty cart pays 0 and makes none), the session ended, the cart available again. With an "
            + "Idempotency-Key, a retry answers as the first checkout did.")
    @APIResponse(responseCode = "200", description = "The ended session", content = @Content(schema = @Schema(ref = "CartCheckout")))
    @APIResponse(responseCode = "400", description = "Insufficient funds, or Out of stock: <product>; nothing changed",
            content = @Content(schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "401", description = "Not authenticated", content = @Content(schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "403", description = "Another shopper's session", content = @Content(schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "404", description = "Session not found", content = @Content(schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "409", description = "Session has already ended", content = @Content(schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "422", description = "A malformed Idempotency-Key, or one a different request used",
            content = @Content(schema = @Schema(ref = ERROR)))
    public CheckoutView checkoutSession(@Parameter(description = "The session's id") @PathParam("session_id")
                                 @WholeNumber(min = 1, max = Integer.MAX_VALUE) Integer sessionId,
                                 @Parameter(description = "Makes a retried checkout happen once")
                                 @HeaderParam("Idempotency-Key") String retryKey) {
        return carts.checkout(currentUser.id(), currentUser.user().isAdmin(), sessionId, RetryKey.checked(retryKey));
    }

    @POST
    @Path("{session_id}/end")
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "End an abandoned session without payment", description = "Admins only: the cart is "
            + "available again; nothing is paid or taken from stock.")
    @APIResponse(responseCode = "200", description = "The ended session", content = @Content(schema = @Schema(ref = "CartCheckout")))
    @APIResponse(responseCode = "401", description = "Not authenticated", content = @Content(schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "403", description = "Not an admin", content = @Content(schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "404", description = "Session not found", content = @Content(schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "409", description = "Session has already ended", content = @Content(schema = @Schema(ref = ERROR)))
    public CheckoutView endSession(@Parameter(description = "The session's id") @PathParam("session_id")
                            @WholeNumber(min = 1, max = Integer.MAX_VALUE) Integer sessionId) {
        return carts.end(sessionId);
    }
}
