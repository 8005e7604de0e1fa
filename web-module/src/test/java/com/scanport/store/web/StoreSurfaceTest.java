package com.scanport.store.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.scanport.platform.Failure;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoreSurfaceTest {

    private final StoreSurface surface = new StoreSurface();

    @Test
    void saysOnlyError() {
        assertEquals("{\"error\":\"Insufficient funds\"}", surface.errorBody(400, "Insufficient funds", Map.of()));
        assertEquals("{\"error\":\"Invalid session\"}", surface.errorBody(401, surface.message(401), Map.of()));
    }

    @Test
    void namesTheFirstMissingFieldInTheOrderGiven() {
        Map<String, String> errors = new LinkedHashMap<>();
        errors.put("recipient", "is required");
        errors.put("amount", "is required");
        assertEquals("{\"error\":\"Missing recipient\"}", surface.errorBody(400, "recipient is required", errors));
    }

    @Test
    void otherFieldErrorsKeepTheirMessage() {
        assertEquals("{\"error\":\"amount must be a number\"}",
                surface.errorBody(400, "amount must be a number", Map.of("amount", "must be a number")));
        assertEquals("{\"error\":\"Request body is missing\"}",
                surface.errorBody(400, "Request body is missing", Map.of("body", "is required")));
    }

    @Test
    void badSessionsAndPasswordsAre403AndBadInput400() {
        assertEquals(403, surface.status(Failure.UNAUTHENTICATED));
        assertEquals(400, surface.status(Failure.INVALID_INPUT));
        assertEquals(400, surface.status(Failure.DUPLICATE));
        assertEquals(404, surface.status(Failure.NOT_FOUND));
        assertEquals(422, surface.status(Failure.KEY_REUSED));
        assertEquals(429, surface.status(Failure.RATE_LIMITED));
    }
}
