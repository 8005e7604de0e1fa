package com.scanport.store.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class StoreSurfaceTest {

    @Test
    void saysOnlyError() {
        StoreSurface surface = new StoreSurface();
        assertEquals("{\"error\":\"Insufficient funds\"}", surface.errorBody(400, "Insufficient funds", Map.of()));
        assertEquals("{\"error\":\"Invalid session\"}", surface.errorBody(401, surface.message(401), Map.of()));
    }
}
