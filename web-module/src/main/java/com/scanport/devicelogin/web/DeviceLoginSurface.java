package com.scanport.devicelogin.web;

import com.scanport.platform.Failure;
import com.scanport.platform.web.HttpStatuses;
import com.scanport.platform.web.Surface;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.util.Map;
import java.util.Set;

/**
 * Seed 003, device login: {@code {"message"}}, and the longer NestJS form for 400 and 401.
 * Bad input is 400 and a document that already exists 409, as NestJS answers them.
 */
@ApplicationScoped
public class DeviceLoginSurface implements Surface {

    @Override
    public Set<String> roots() {
        return Set.of("auth/qr-code-auth", "auth/devices");
    }

    @Override
    public String errorBody(int status, String message, Map<String, String> fieldErrors) {
        JsonObjectBuilder body = Json.createObjectBuilder();
        if (status == 400 || status == 401) {
            body.add("statusCode", status).add("error", HttpStatuses.reasonPhrase(status));
        }
        return body.add("message", message).build().toString();
    }

    @Override
    public int status(Failure failure) {
        return switch (failure) {
            case DUPLICATE, CONFLICT -> 409;
            case INVALID_INPUT, KEY_REUSED -> 400;
            default -> Surface.super.status(failure);
        };
    }

    @Override
    public String unauthenticatedMessage() {
        return "Unauthenticated User.";
    }
}
