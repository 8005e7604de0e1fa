package com.scanport.identity.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AccountsSurfaceTest {

    private final AccountsSurface surface = new AccountsSurface();

    @Test
    void bodyRepeatsTheMessageAsDetailAndListsFieldErrors() {
        assertEquals("{\"status_code\":422,\"message\":\"bad\",\"details\":{\"errors\":"
                        + "[{\"field\":\"age\",\"message\":\"must be a number\"}]},\"detail\":\"bad\"}",
                surface.errorBody(422, "bad", Map.of("age", "must be a number")));
        assertEquals("{\"status_code\":404,\"message\":\"Cart not found\",\"details\":{},\"detail\":\"Cart not found\"}",
                surface.errorBody(404, "Cart not found", Map.of()));
    }

    @Test
    void aMissingRoleIsTheAdminMessage() {
        assertEquals("This operation requires admin privileges", surface.message(403));
        assertEquals("Not authenticated", surface.message(401));
    }
}
