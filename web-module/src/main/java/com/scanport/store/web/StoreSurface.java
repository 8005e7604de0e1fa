package com.scanport.store.web;

import com.scanport.platform.web.Surface;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import java.util.Map;
import java.util.Set;

/** Seed 004, the store: every error is {@code {"error": "..."}}. */
@ApplicationScoped
public class StoreSurface implements Surface {

    @Override
    public Set<String> roots() {
        return Set.of("login", "validate-session", "update-password", "get-balance", "buy", "expire-session",
                "update-session", "transactions", "items", "transfer");
    }

    @Override
    public String errorBody(int status, String message, Map<String, String> fieldErrors) {
        return Json.createObjectBuilder().add("error", message).build().toString();
    }

    @Override
    public String unauthenticatedMessage() {
        return "Invalid session";
    }
}
