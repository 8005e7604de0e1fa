package com.scanport.identity.web;

import com.scanport.platform.web.Surface;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.Map;
import java.util.Set;

/**
 * Seed 002 (and the cart paths of seed 000): the FastAPI shape, with {@code detail} repeating
 * {@code message} so that clients of either documented form work; field errors under
 * {@code details.errors}. Paths no other surface claims answer in this shape too.
 */
@ApplicationScoped
public class AccountsSurface implements Surface {

    @Override
    public Set<String> roots() {
        return Set.of("auth", "admin");
    }

    @Override
    public boolean fallback() {
        return true;
    }

    @Override
    public String errorBody(int status, String message, Map<String, String> fieldErrors) {
        return body(status, message, fieldErrors);
    }

    /** The FastAPI-style body, for the surfaces that share it (the carts'). */
    public static String body(int status, String message, Map<String, String> fieldErrors) {
        JsonObjectBuilder details = Json.createObjectBuilder();
        if (!fieldErrors.isEmpty()) {
            JsonArrayBuilder errors = Json.createArrayBuilder();
            fieldErrors.forEach((field, error) -> errors.add(
                    Json.createObjectBuilder().add("field", field).add("message", error)));
            details.add("errors", errors);
        }
        return Json.createObjectBuilder()
                .add("status_code", status)
                .add("message", message)
                .add("details", details)
                .add("detail", message)
                .build().toString();
    }

    @Override
    public String unauthenticatedMessage() {
        return "Not authenticated";
    }

    @Override
    public String forbiddenMessage() {
        return "This operation requires admin privileges";
    }

    /** Admin sign-up's secret; proxies that drop underscores get the dashed name. */
    @Override
    public Set<String> requestHeaders() {
        return Set.of("admin_secret", "admin-secret");
    }
}
