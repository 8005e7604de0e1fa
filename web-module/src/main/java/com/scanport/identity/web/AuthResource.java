package com.scanport.identity.web;

import com.scanport.identity.Accounts;
import com.scanport.identity.UserView;
import com.scanport.platform.Roles;
import com.scanport.platform.web.OpenApiBodies;
import com.scanport.platform.web.RequestBodies;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Seed 002: sign-up, login, and one's own profile and password. One instance serves every
 * request: made per request, a resource costs a CDI bean, an EJB reference lookup and
 * Jersey's field injection each time.
 */
@Path("auth")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "accounts", description = "Sign-up, login, profile (seed 002)")
public class AuthResource {

    /** Component schemas of META-INF/openapi.yaml. */
    static final String ERROR = "AccountsError";

    @EJB
    private Accounts accounts;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Validator validator;

    @Context
    private HttpServletRequest request;

    @POST
    @Path("signup")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an account",
            description = "With \"is_admin\": true, the header admin_secret (or admin-secret) must carry the admin secret.")
    @Extension(name = OpenApiBodies.JSON, value = "com.scanport.identity.web.SignUpRequest")
    @APIResponse(responseCode = "200", description = "The new user", content = @Content(schema = @Schema(ref = "User")))
    @APIResponse(responseCode = "400", description = "Username, e-mail or mobile number already registered",
            content = @Content(schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "403", description = "Invalid admin secret key, or admin sign-up disabled",
            content = @Content(schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "422", description = "Missing or malformed fields, listed under details.errors",
            content = @Content(schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "429", description = "Too many wrong admin secrets from this address; see Retry-After",
            content = @Content(schema = @Schema(ref = ERROR)))
    public UserView signUp(SignUpRequest signUp,
                           @Parameter(description = "The admin secret, to create an admin")
                           @HeaderParam("admin_secret") String adminSecret,
                           @Parameter(description = "The same, for proxies that drop underscores")
                           @HeaderParam("admin-secret") String adminSecretDashed) {
        if (signUp.isAdmin()) {
            return accounts.signUpAdmin(signUp.user(), adminSecret != null ? adminSecret : adminSecretDashed,
                    request.getRemoteAddr());
        }
        return accounts.signUp(signUp.user());
    }

    /** Both form encodings: the seed's browser example sends {@code new FormData()}, which is multipart. */
    @POST
    @Path("login")
    @PermitAll
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    @Extension(name = OpenApiBodies.FORM, value = "com.scanport.identity.web.LoginForm")
    @Operation(summary = "Log in", description = "OAuth2 password form (urlencoded or multipart): username and "
            + "password. The token lasts expires_in seconds (6 hours by default).")
    @APIResponse(responseCode = "200", description = "The token and the user's profile",
            content = @Content(schema = @Schema(ref = "LoginResponse")))
    @APIResponse(responseCode = "401", description = "Incorrect username or password",
            content = @Content(schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "422", description = "username or password missing",
            content = @Content(schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "429", description = "Too many failed logins for this username or address; "
            + "see Retry-After", content = @Content(schema = @Schema(ref = ERROR)))
    public LoginResponse login(@FormParam("username") String username, @FormParam("password") String password) {
        LoginForm form = RequestBodies.check(new LoginForm(username, password), validator);
        return LoginResponse.of(accounts.login(form.username(), form.password(), request.getRemoteAddr()));
    }

    @GET
    @Path("me")
    @RolesAllowed(Roles.USER)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Your own profile")
    @APIResponse(responseCode = "200", description = "You", content = @Content(schema = @Schema(ref = "User")))
    @APIResponse(responseCode = "401", description = "Missing, invalid or expired token",
            content = @Content(schema = @Schema(ref = ERROR)))
    public UserView me() {
        return currentUser.user();
    }

    @PATCH
    @Path("me")
    @RolesAllowed(Roles.USER)
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Change your own profile",
            description = "Any of email, mobile_number, age, full_name, address; an empty address clears it.")
    @Extension(name = OpenApiBodies.JSON, value = "com.scanport.identity.web.ProfileChangeRequest")
    @APIResponse(responseCode = "200", description = "You, changed", content = @Content(schema = @Schema(ref = "User")))
    @APIResponse(responseCode = "400", description = "E-mail or mobile number already registered",
            content = @Content(schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "401", description = "Missing, invalid or expired token",
            content = @Content(schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "422", description = "Malformed fields", content = @Content(schema = @Schema(ref = ERROR)))
    public UserView updateProfile(ProfileChangeRequest change) {
        return accounts.updateProfile(currentUser.id(), change.change());
    }

    @PUT
    @Path("me/password")
    @RolesAllowed(Roles.USER)
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Change your own password",
            description = "Needs the current password. Every token issued before stops working; the answer holds a new one.")
    @Extension(name = OpenApiBodies.JSON, value = "com.scanport.identity.web.PasswordChangeRequest")
    @APIResponse(responseCode = "200", description = "A new token", content = @Content(schema = @Schema(ref = "TokenResponse")))
    @APIResponse(responseCode = "401", description = "Missing, invalid or expired token",
            content = @Content(schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "422", description = "Current password incorrect, or new password too short or long",
            content = @Content(schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "429", description = "Too many wrong current passwords",
            content = @Content(schema = @Schema(ref = ERROR)))
    public TokenResponse changePassword(PasswordChangeRequest change) {
        return TokenResponse.of(accounts.changePassword(currentUser.id(), change.oldPassword(), change.newPassword()));
    }
}
