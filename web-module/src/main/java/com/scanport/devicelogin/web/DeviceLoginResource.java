package com.scanport.devicelogin.web;

import com.scanport.devicelogin.AuthorizationStatus;
import com.scanport.devicelogin.DeviceLogins;
import com.scanport.devicelogin.DeviceRequest;
import com.scanport.devicelogin.Poll;
import com.scanport.devicelogin.QrInvitation;
import com.scanport.identity.UserView;
import com.scanport.identity.web.TokenHolders;
import com.scanport.platform.InvalidInputException;
import com.scanport.platform.QrPng;
import com.scanport.platform.web.JsonRecordReader;
import com.scanport.platform.web.Accepts;
import com.scanport.platform.web.OpenApiBodies;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Seed 003, device login: a new device registers (POST), its user approves or rejects it
 * (PATCH), and the device polls until it collects its token, once (GET). Around the seed: the
 * user's pending devices, and the QR code whose nonce proves a device saw the user's screen.
 * The user's own requests take the token as a bearer header or in the {@code rds-session} cookie.
 */
@Path("auth/qr-code-auth")
@ApplicationScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "device login", description = "A new device signs in with a signed-in user's approval (seed 003)")
public class DeviceLoginResource {

    private static final MediaType PNG = new MediaType("image", "png");

    /** Component schemas of META-INF/openapi.yaml. */
    static final String ERROR = "DeviceLoginError";
    static final String BAD_QUERY = "invalid query parameters passed";
    private static final String COOKIE_NOTE = " Signed in: a bearer token, or the same token in the rds-session cookie.";
    /** A QR module in pixels, and the quiet zone in modules (the standard's 4): about 360 px for a screen. */
    private static final int MODULE_PIXELS = 8;
    private static final int QUIET_ZONE = 4;

    @EJB
    private DeviceLogins deviceLogins;

    @Inject
    private SignedInCallers callers;

    @Inject
    private Validator validator;

    @Context
    private HttpServletRequest request;

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A new device asks to sign in as a user", description = "Starts a document that waits "
            + "for the user's decision (NOT_INIT) for SCANPORT_DEVICE_LOGIN_TTL_SECONDS. With qr_nonce, the device "
            + "proves it scanned the user's QR code; SCANPORT_DEVICE_LOGIN_REQUIRE_NONCE=true makes that mandatory.")
    @Extension(name = OpenApiBodies.JSON, value = "com.scanport.devicelogin.web.DeviceLoginRequest")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(ref = "DeviceDocumentAnswer")))
    @APIResponse(responseCode = "400", description = "Missing, unknown or malformed field, or a bad QR nonce",
            content = @Content(schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "404", description = "User with id <id> does not exist.", content = @Content(schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "409", description = "The device already has a document waiting",
            content = @Content(schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "429", description = "Too many requests for this user without its QR nonce, for "
            + "unknown users from this address, or for busy device ids; see Retry-After",
            content = @Content(schema = @Schema(ref = ERROR)))
    public Response registerDevice(DeviceLoginRequest registration) {
        var signIn = deviceLogins.request(new DeviceRequest(Long.parseLong(registration.userId()),
                registration.deviceId(), registration.deviceInfo(), registration.qrNonce(), address()));
        return Response.status(Response.Status.CREATED).entity(new DeviceLoginAnswers.DocumentAnswer(
                "authentication document created successfully.", DeviceLoginAnswers.Document.of(signIn))).build();
    }

    @GET
    @Operation(summary = "The device polls for its document", description = "No faster than every "
            + "SCANPORT_DEVICE_LOGIN_POLL_SECONDS (else 429 with Retry-After). The poll that finds the document "
            + "AUTHORIZED carries the access token; every later one shows COLLECTED and \"\". device_id is the only "
            + "query parameter.")
    @APIResponse(responseCode = "200", description = "The document", content = @Content(schema = @Schema(ref = "DevicePollAnswer")))
    @APIResponse(responseCode = "400", description = "invalid query parameters passed", content = @Content(schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "404", description = "No Authentication found.", content = @Content(schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "429", description = "Polling too fast, or too many unknown device ids from this "
            + "address; see Retry-After", content = @Content(schema = @Schema(ref = ERROR)))
    public Response pollDevice(@Parameter(description = "The device's id", required = true) @QueryParam("device_id") String deviceId) {
        if (HttpMethod.HEAD.equals(request.getMethod())) {
            // JAX-RS answers HEAD by running this GET: a prefetch would collect the token and lose it.
            throw new NotAllowedException(HttpMethod.GET);
        }
        if (!queryNamesAtMostOneDeviceId() || !DeviceIds.isDeviceId(deviceId)) {
            throw new InvalidInputException(BAD_QUERY, Map.of("device_id", DeviceIds.RULE));
        }
        Poll poll = deviceLogins.poll(deviceId, address());
        return Response.ok(new DeviceLoginAnswers.PollAnswer("Authentication document retrieved successfully.",
                DeviceLoginAnswers.PolledDocument.of(poll.signIn(), poll.accessToken()))).build();
    }

    @PATCH
    @Path("authorization_status/{authorization_status}")
    @Operation(summary = "The signed-in user decides on a device", description = "AUTHORIZED lets the device "
            + "collect its token, REJECTED ends the document, NOT_INIT leaves it waiting. It acts on the caller's "
            + "own waiting document of device_id (query or body), or on their only one." + COOKIE_NOTE)
    @SecurityRequirement(name = "bearer")
    @Extension(name = OpenApiBodies.JSON, value = "com.scanport.devicelogin.web.DecisionRequest")
    @APIResponse(responseCode = "200", description = "Decided", content = @Content(schema = @Schema(ref = "DeviceDocumentAnswer")))
    @APIResponse(responseCode = "400", description = "A status other than NOT_INIT, AUTHORIZED, REJECTED; a bad "
            + "device_id; or several devices waiting and none named", content = @Content(schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "401", description = "Unauthenticated User.", content = @Content(schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "403", description = "A device's token (only a password login's token decides)",
            content = @Content(schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "404", description = "Document not found", content = @Content(schema = @Schema(ref = ERROR)))
    public DeviceLoginAnswers.DocumentAnswer decideOnDevice(
            @PathParam("authorization_status") String status,
            @Parameter(description = "The device to decide on") @QueryParam("device_id") String queryDeviceId)
            throws IOException {
        TokenHolders.SignedIn signedIn = callers.passwordCaller(headers);
        UserView caller = signedIn.user();
        AuthorizationStatus decision = decision(status);
        if (!queryNamesAtMostOneDeviceId()) {
            // A misspelt or repeated device_id would otherwise fall back to "the only one waiting".
            throw new InvalidInputException(BAD_QUERY, Map.of("device_id", "at most once, and nothing else"));
        }
        String deviceId = queryDeviceId;
        // The body is optional (the seed sends none), so it is read here rather than bound.
        String body = new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!body.isBlank()) {
            String named = JsonRecordReader.read(DecisionRequest.class, body, validator).deviceId();
            if (named != null && deviceId != null && !named.equals(deviceId)) {
                throw new InvalidInputException("device_id differs between the query and the body",
                        Map.of("device_id", "differs between the query and the body"));
            }
            deviceId = named != null ? named : deviceId;
        }
        if (deviceId != null && !DeviceIds.isDeviceId(deviceId)) {
            throw new InvalidInputException("device_id " + DeviceIds.RULE, Map.of("device_id", DeviceIds.RULE));
        }
        var signIn = deviceLogins.decide(caller.id(), signedIn.claims().generation(), deviceId, decision, address());
        return new DeviceLoginAnswers.DocumentAnswer("Authentication document for user " + caller.id()
                + " updated successfully.", DeviceLoginAnswers.Document.of(signIn));
    }

    @GET
    @Path("pending")
    @Operation(summary = "The devices waiting for your decision", description = "Oldest first, with what each "
            + "device says it is, when and from where it asked, and whether it scanned your QR code." + COOKIE_NOTE)
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "Waiting devices", content = @Content(schema = @Schema(ref = "PendingDevices")))
    @APIResponse(responseCode = "401", description = "Unauthenticated User.", content = @Content(schema = @Schema(ref = ERROR)))
    public Response pendingDevices() {
        UserView caller = callers.caller(headers).user();
        return Response.ok(new DeviceLoginAnswers.PendingAnswer("Pending authentication documents retrieved successfully.",
                deviceLogins.pending(caller.id()).stream().map(DeviceLoginAnswers.Pending::of).toList())).build();
    }

    @GET
    @Path("qr")
    @Produces({"image/png", MediaType.APPLICATION_JSON})
    @Operation(summary = "A QR code for your screen, for a new device to scan", description = "A PNG (or, on "
            + "Accept: application/json, its content) holding {\"user_id\", \"qr_nonce\"} as JSON text. The nonce "
            + "works once, for SCANPORT_DEVICE_LOGIN_QR_TTL_SECONDS." + COOKIE_NOTE)
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "The QR code", content = {
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "DeviceLoginQr"))})
    @APIResponse(responseCode = "401", description = "Unauthenticated User.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "403", description = "A device's token (only a password login's token invites)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = ERROR)))
    public Response deviceLoginQrCode() {
        UserView caller = callers.passwordCaller(headers).user();
        QrInvitation invitation = deviceLogins.invite(caller.id());
        DeviceLoginAnswers.Invitation shown = DeviceLoginAnswers.Invitation.of(invitation);
        if (Accepts.jsonBefore(headers, PNG)) {
            return Response.ok(new DeviceLoginAnswers.InvitationAnswer("QR code created successfully.", shown),
                    MediaType.APPLICATION_JSON_TYPE).build();
        }
        String content = Json.createObjectBuilder().add("user_id", shown.userId()).add("qr_nonce", shown.qrNonce())
                .build().toString();
        return Response.ok(QrPng.of(content, MODULE_PIXELS, QUIET_ZONE), "image/png").build();
    }

    /** Whether the query names nothing but {@code device_id}, and that at most once. */
    private boolean queryNamesAtMostOneDeviceId() {
        var query = uri.getQueryParameters();
        return Set.of("device_id").containsAll(query.keySet())
                && (!query.containsKey("device_id") || query.get("device_id").size() == 1);
    }

    private static AuthorizationStatus decision(String status) {
        return switch (status) {
            case "NOT_INIT" -> AuthorizationStatus.NOT_INIT;
            case "AUTHORIZED" -> AuthorizationStatus.AUTHORIZED;
            case "REJECTED" -> AuthorizationStatus.REJECTED;
            default -> throw new InvalidInputException("authorization_status must be NOT_INIT, AUTHORIZED or REJECTED",
                    Map.of("authorization_status", "must be NOT_INIT, AUTHORIZED or REJECTED"));
        };
    }

    private String address() {
        return request.getRemoteAddr();
    }
}
