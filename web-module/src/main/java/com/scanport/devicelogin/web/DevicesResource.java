package com.scanport.devicelogin.web;

import com.scanport.devicelogin.DeviceLogins;
import com.scanport.identity.UserView;
import com.scanport.platform.InvalidInputException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The devices signed in as the caller by device login, and signing one out: its token is
 * refused from then on, on every surface, as a deleted user's is.
 */
@Path("auth/devices")
@ApplicationScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "device login")
public class DevicesResource {

    private static final String ERROR = DeviceLoginResource.ERROR;

    @EJB
    private DeviceLogins deviceLogins;

    @Inject
    private SignedInCallers callers;

    @Context
    private HttpServletRequest request;

    @Context
    private HttpHeaders headers;

    @GET
    @Operation(summary = "Your signed-in devices", description = "The devices that collected a token by device "
            + "login and are not signed out, oldest first. A bearer token, or the rds-session cookie.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "Your devices", content = @Content(schema = @Schema(ref = "SignedInDevices")))
    @APIResponse(responseCode = "401", description = "Unauthenticated User.", content = @Content(schema = @Schema(ref = ERROR)))
    public DeviceLoginAnswers.DevicesAnswer signedInDevices() {
        UserView caller = callers.caller(headers).user();
        return new DeviceLoginAnswers.DevicesAnswer("Devices retrieved successfully.",
                deviceLogins.devices(caller.id()).stream().map(DeviceLoginAnswers.Device::of).toList());
    }

    @DELETE
    @Path("{device_id}")
    @Operation(summary = "Sign one of your devices out", description = "Its token is refused from now on; an "
            + "approval it has not collected yet ends. Only with a password login's token (bearer or rds-session cookie).")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "Signed out", content = @Content(schema = @Schema(ref = "SignedOutDevice")))
    @APIResponse(responseCode = "400", description = "Not a device id", content = @Content(schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "401", description = "Unauthenticated User.", content = @Content(schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "403", description = "A device's token (only a password login's token signs devices out)",
            content = @Content(schema = @Schema(ref = ERROR)))
    @APIResponse(responseCode = "404", description = "Device not found (none of yours is signed in with that id)",
            content = @Content(schema = @Schema(ref = ERROR)))
    public DeviceLoginAnswers.DeviceAnswer signOutDevice(@PathParam("device_id") String deviceId) {
        UserView caller = callers.passwordCaller(headers).user();
        if (!DeviceIds.isDeviceId(deviceId)) {
            throw new InvalidInputException("device_id " + DeviceIds.RULE, Map.of("device_id", DeviceIds.RULE));
        }
        return new DeviceLoginAnswers.DeviceAnswer("Device signed out.", DeviceLoginAnswers.Device.of(
                deviceLogins.revoke(caller.id(), deviceId, request.getRemoteAddr())));
    }
}
