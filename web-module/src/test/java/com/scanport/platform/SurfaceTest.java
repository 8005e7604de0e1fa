package com.scanport.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SurfaceTest {

    @ParameterizedTest
    @CsvSource({
        "/auth/signup, ACCOUNTS",
        "auth/login, ACCOUNTS",
        "/admin/users, ACCOUNTS",
        "/customer-session/qr/3, ACCOUNTS",
        "/auth/qr-code-auth, DEVICE_LOGIN",
        "/auth/qr-code-auth/authorization_status/AUTHORIZED, DEVICE_LOGIN",
        "/token, IMAGE_DESK",
        "/results/4/original, IMAGE_DESK",
        "/animal_types, IMAGE_DESK",
        "/get-balance, STORE",
        "/transfer, STORE",
        "/transferable, ACCOUNTS",
        "'', ACCOUNTS",
    })
    void requestsBelongToTheSurfaceOfTheirPath(String path, Surface expected) {
        assertEquals(expected, Surface.of(path));
    }

    @Test
    void accountsBodyRepeatsTheMessageAsDetailAndListsFieldErrors() {
        assertEquals("{\"status_code\":422,\"message\":\"bad\",\"details\":{\"errors\":"
                        + "[{\"field\":\"age\",\"message\":\"must be a number\"}]},\"detail\":\"bad\"}",
                Surface.ACCOUNTS.body(422, "bad", Map.of("age", "must be a number")));
        assertEquals("{\"status_code\":404,\"message\":\"Cart not found\",\"details\":{},\"detail\":\"Cart not found\"}",
                Surface.ACCOUNTS.body(404, "Cart not found", Map.of()));
    }

    @Test
    void deviceLoginUsesTheLongFormOnlyFor400And401() {
        assertEquals("{\"statusCode\":401,\"error\":\"Unauthorized\",\"message\":\"Unauthenticated User.\"}",
                Surface.DEVICE_LOGIN.body(401, "Unauthenticated User.", Map.of()));
        assertEquals("{\"message\":\"Document not found\"}",
                Surface.DEVICE_LOGIN.body(404, "Document not found", Map.of()));
    }

    @Test
    void imageDeskListsValidationErrorsLikeFastApi() {
        assertEquals("{\"detail\":\"Incorrect password\"}", Surface.IMAGE_DESK.body(401, "Incorrect password", Map.of()));
        assertEquals("{\"detail\":[{\"loc\":[\"n\"],\"msg\":\"too big\",\"type\":\"value_error\"}]}",
                Surface.IMAGE_DESK.body(422, "invalid", Map.of("n", "too big")));
    }

    @Test
    void storeSaysOnlyError() {
        assertEquals("{\"error\":\"Insufficient funds\"}", Surface.STORE.body(400, "Insufficient funds", Map.of()));
    }
}
