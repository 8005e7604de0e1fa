package com.scanport.identity.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.scanport.platform.InvalidInputException;
import com.scanport.platform.web.RequestBodies;
import jakarta.json.Json;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The accounts surface's field rules, with the messages its clients have always seen. */
class RequestRecordsTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    private static <R extends Record> InvalidInputException refused(Class<R> type, String json) {
        return assertThrows(InvalidInputException.class, () -> RequestBodies.fromJson(type,
                Json.createReader(new StringReader(json)).readObject(), VALIDATOR), json);
    }

    @Test
    void aBadSignUpListsEveryFieldInTheFormsOrder() {
        InvalidInputException e = refused(SignUpRequest.class, "{\"username\":\"x\",\"email\":\"nope\","
                + "\"password\":\"short\",\"age\":\"thirty\",\"full_name\":\"\",\"is_admin\":1}");
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("username", "must be 3 to 150 characters");
        expected.put("email", "must be an e-mail address");
        expected.put("password", "must be at least 8 characters");
        expected.put("mobile_number", "is required");
        expected.put("age", "must be a whole number");
        expected.put("full_name", "must be 1 to 200 characters");
        expected.put("is_admin", "must be true or false");
        assertEquals(List.copyOf(expected.entrySet()), List.copyOf(e.fieldErrors().entrySet()));
        assertEquals("username must be 3 to 150 characters", e.getMessage());
    }

    @Test
    void textRulesCheckLengthBeforeShapeAndSecretsCountBytes() {
        Map<String, String> errors = refused(SignUpRequest.class, "{\"username\":\"a b c\",\"email\":\"a@b.c\","
                + "\"password\":\"" + "ä".repeat(37) + "\",\"mobile_number\":\"12\",\"age\":151,"
                + "\"full_name\":\"" + "n".repeat(201) + "\",\"address\":\"" + "a".repeat(501) + "\"}").fieldErrors();
        assertEquals("may hold only letters, digits and _ . @ + -", errors.get("username"));
        assertEquals("must be at most 72 bytes", errors.get("password"));
        assertEquals("must be 4 to 32 characters", errors.get("mobile_number"));
        assertEquals("must be between 0 and 150", errors.get("age"));
        assertEquals("must be 1 to 200 characters", errors.get("full_name"));
        assertEquals("must be 0 to 500 characters", errors.get("address"));
        assertEquals(List.of("username", "password", "mobile_number", "age", "full_name", "address"),
                List.copyOf(errors.keySet()), "the e-mail address is valid");
    }

    @Test
    void aGoodSignUpBecomesTheNewUserTrimmedButWithThePasswordAsSent() {
        SignUpRequest request = RequestBodies.fromJson(SignUpRequest.class, Json.createReader(new StringReader(
                "{\"username\":\" john_doe \",\"email\":\"john@example.com\",\"password\":\" secret pass \","
                        + "\"mobile_number\":\"+1 (555) 0100\",\"age\":30,\"full_name\":\"John\",\"address\":null}"))
                .readObject(), VALIDATOR);
        assertEquals("john_doe", request.user().username());
        assertEquals(" secret pass ", request.user().password());
        assertEquals(30, request.user().age());
        assertEquals(false, request.isAdmin());
    }

    @Test
    void passwordChangeNeedsBothAndTheNewOneLongEnough() {
        Map<String, String> errors = refused(PasswordChangeRequest.class, "{\"new_password\":\"short\"}").fieldErrors();
        assertEquals(List.of(Map.entry("old_password", "is required"), Map.entry("new_password",
                "must be at least 8 characters")), List.copyOf(errors.entrySet()));
    }

    @Test
    void aProfileChangeNeedsNoFieldButChecksThoseGiven() {
        assertEquals(Map.of("email", "must be an e-mail address", "age", "must be between 0 and 150"),
                refused(ProfileChangeRequest.class, "{\"email\":\"x@y\",\"age\":-1}").fieldErrors());
    }

    @Test
    void loginFormNeedsAUsernameAndAnyPassword() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> RequestBodies.check(new LoginForm(" ", ""), VALIDATOR));
        assertEquals(List.of(Map.entry("username", "is required"), Map.entry("password", "is required")),
                List.copyOf(e.fieldErrors().entrySet()));
        assertEquals(" ", RequestBodies.check(new LoginForm("ann", " "), VALIDATOR).password());
    }
}
