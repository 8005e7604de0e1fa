package com.scanport.store.web;

import com.scanport.platform.Roles;
import com.scanport.platform.web.OpenApiBodies;
import com.scanport.store.Catalogue;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The catalogue, kept by admins: the store's items and the carts' goods. Errors in the
 * accounts surface's shape (these paths are under /admin).
 */
@Path("admin/products")
@ApplicationScoped
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "catalogue", description = "The products the store sells and carts hold: kept by admins, suggested to shoppers")
public class ProductsResource {

    private static final String ERROR = "AccountsError";
    private static final String PRODUCT_WRITE = "com.scanport.store.web.ProductRequest";

    @EJB
    private Catalogue catalogue;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a product to the catalogue")
    @Extension(name = OpenApiBodies.JSON, value = PRODUCT_WRITE)
    @APIResponse(responseCode = "201", description = "The new product", content = @Content(schema = @Schema(ref = "Product")))
    @APIResponse(responseCode = "400", description = "Barcode already registered", content = @Content(schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "401", description = "Missing, invalid or expired token", content = @Content(schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "403", description = "Not an admin", content = @Content(schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "422", description = "Missing or malformed fields", content = @Content(schema = @Schema(ref = ERROR)))
    public Response addProduct(ProductRequest product) {
        return Response.status(Response.Status.CREATED).entity(ProductAnswer.of(catalogue.add(product.draft()))).build();
    }

    @GET
    @Operation(summary = "The products on sale")
    @APIResponse(responseCode = "200", description = "The products", content = @Content(schema = @Schema(ref = "ProductList")))
    @APIResponse(responseCode = "401", description = "Missing, invalid or expired token", content = @Content(schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "403", description = "Not an admin", content = @Content(schema = @Schema(ref = ERROR)))
    public ProductAnswer.Listing listProducts() {
        return ProductAnswer.Listing.of(catalogue.onSale());
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rewrite a product", description = "Every field, as when adding it.")
    @Extension(name = OpenApiBodies.JSON, value = PRODUCT_WRITE)
    @APIResponse(responseCode = "200", description = "The product", content = @Content(schema = @Schema(ref = "Product")))
    @APIResponse(responseCode = "400", description = "Barcode already registered", content = @Content(schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "401", description = "Missing, invalid or expired token", content = @Content(schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "403", description = "Not an admin", content = @Content(schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "404", description = "Product not found", content = @Content(schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "422", description = "Missing or malformed fields", content = @Content(schema = @Schema(ref = ERROR)))
    public ProductAnswer reviseProduct(@PathParam("id") long id, ProductRequest product) {
        return ProductAnswer.of(catalogue.revise(id, product.draft()));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Take a product off sale", description = "Past transactions still name it; its barcode is free again.")
    @APIResponse(responseCode = "204", description = "Taken off sale")
    @APIResponse(responseCode = "401", description = "Missing, invalid or expired token", content = @Content(schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "403", description = "Not an admin", content = @Content(schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "404", description = "Product not found", content = @Content(schema = @Schema(ref = ERROR)))
    public Response retireProduct(@PathParam("id") long id) {
        catalogue.retire(id);
        return Response.noContent().build();
    }
}
