package com.scanport.imaging.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.scanport.platform.web.Required;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ImageDeskSurfaceTest {

    @Test
    void listsValidationErrorsLikeFastApi() {
        ImageDeskSurface surface = new ImageDeskSurface();
        assertEquals("{\"detail\":\"Incorrect password\"}", surface.errorBody(401, "Incorrect password", Map.of()));
        assertEquals("{\"detail\":[{\"loc\":[\"n\"],\"msg\":\"too big\",\"type\":\"value_error\"}]}",
                surface.errorBody(422, "invalid", Map.of("n", "too big")));
        assertEquals("{\"detail\":[{\"loc\":[\"password\"],\"msg\":\"Field required\",\"type\":\"missing\"}]}",
                surface.errorBody(422, "invalid", Map.of("password", Required.MESSAGE)));
    }

    @Test
    void aTokenWithoutADeskRoleIsNoCredentialHere() {
        assertEquals(401, new ImageDeskSurface().missingRoleStatus());
    }
}
