package com.scanport.devicelogin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.scanport.platform.Failure;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeviceLoginSurfaceTest {

    private final DeviceLoginSurface surface = new DeviceLoginSurface();

    @Test
    void usesTheLongFormOnlyFor400And401() {
        assertEquals("{\"statusCode\":401,\"error\":\"Unauthorized\",\"message\":\"Unauthenticated User.\"}",
                surface.errorBody(401, surface.message(401), Map.of()));
        assertEquals("{\"message\":\"Document not found\"}", surface.errorBody(404, "Document not found", Map.of()));
    }

    @Test
    void aDuplicateIsAConflictAndBadInputIs400Here() {
        assertEquals(409, surface.status(Failure.DUPLICATE));
        assertEquals(400, surface.status(Failure.INVALID_INPUT));
        assertEquals(404, surface.status(Failure.NOT_FOUND));
        assertEquals(429, surface.status(Failure.RATE_LIMITED));
        assertEquals("{\"statusCode\":400,\"error\":\"Bad Request\",\"message\":\"invalid query parameters passed\"}",
                surface.errorBody(400, "invalid query parameters passed", Map.of()));
    }
}
