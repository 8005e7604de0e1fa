package com.scanport.imaging.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ImageDeskSurfaceTest {

    @Test
    void listsValidationErrorsLikeFastApi() {
        ImageDeskSurface surface = new ImageDeskSurface();
        assertEquals("{\"detail\":\"Incorrect password\"}", surface.errorBody(401, "Incorrect password", Map.of()));
        assertEquals("{\"detail\":[{\"loc\":[\"n\"],\"msg\":\"too big\",\"type\":\"value_error\"}]}",
                surface.errorBody(422, "invalid", Map.of("n", "too big")));
    }
}
