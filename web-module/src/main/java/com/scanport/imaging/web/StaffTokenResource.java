package com.scanport.imaging.web;

import com.scanport.identity.StaffDesk;
import com.scanport.platform.web.OpenApiBodies;
import com.scanport.platform.web.RequestBodies;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Seed 001's {@code POST /token}: the desk's shared password gives a staff token. */
@Path("token")
@ApplicationScoped
@PermitAll
@Tag(name = "image desk")
public class StaffTokenResource {

    private static final String ERROR = ImageDeskSurface.ERROR_SCHEMA;

    @EJB
    private StaffDesk desk;

    @Inject
    private Validator validator;

    @Context
    private HttpServletRequest request;

    @POST
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    @Produces(MediaType.APPLICATION_JSON)
    @Extension(name = OpenApiBodies.FORM, value = "com.scanport.imaging.web.StaffLoginForm")
    @Operation(summary = "Staff token", description = "The desk's password (SCANPORT_STAFF_PASSWORD) gives a staff "
            + "token (30 minutes by default) for the desk's endpoints. Admin tokens from /auth/login work there too.")
    @APIResponse(responseCode = "200", description = "The token", content = @Content(schema = @Schema(ref = "StaffToken")))
    @APIResponse(responseCode = "401", description = "Incorrect password (or none configured)",
            content = @Content(schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "422", description = "password missing", content = @Content(schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "429", description = "Too many wrong passwords from this address; see Retry-After",
            content = @Content(schema = @Schema(ref = ERROR)))
    public StaffToken staffToken(@FormParam("password") String password) {
        StaffLoginForm form = RequestBodies.check(new StaffLoginForm(password), validator);
        return StaffToken.of(desk.login(form.password(), request.getRemoteAddr()));
    }
}
