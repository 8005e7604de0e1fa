package com.scanport.store.web;

import com.scanport.platform.Failure;
import com.scanport.platform.web.Required;
import com.scanport.platform.web.Surface;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import java.util.Map;
import java.util.Set;

/**
 * Seed 004, the store: every error is {@code {"error": "..."}}. A missing field is
 * {@code Missing <field>}, the first in the order the seed lists them; a bad session or
 * password is 403; bad input 400.
 */
@ApplicationScoped
public class StoreSurface implements Surface {

    @Override
    public Set<String> roots() {
        return Set.of("login", "validate-session", "update-password", "get-balance", "buy", "expire-session",
                "update-session", "transactions", "items", "transfer");
    }

    @Override
    public String errorBody(int status, String message, Map<String, String> fieldErrors) {
        return Json.createObjectBuilder().add("error", storeMessage(message, fieldErrors)).build().toString();
    }

    /** Field errors come in the record's order, which is the seed's order of parameters. */
    static String storeMessage(String message, Map<String, String> fieldErrors) {
        if (fieldErrors.isEmpty()) {
            return message;
        }
        Map.Entry<String, String> first = fieldErrors.entrySet().iterator().next();
        return Required.MESSAGE.equals(first.getValue()) && !"body".equals(first.getKey())
                ? "Missing " + first.getKey() : message;
    }

    @Override
    public int status(Failure failure) {
        return switch (failure) {
            case INVALID_INPUT, DUPLICATE -> 400;
            case UNAUTHENTICATED, FORBIDDEN -> 403;
            default -> Surface.super.status(failure);
        };
    }

    @Override
    public String unauthenticatedMessage() {
        return "Invalid session";
    }

    @Override
    public Set<String> requestHeaders() {
        return Set.of("Idempotency-Key");
    }
}
