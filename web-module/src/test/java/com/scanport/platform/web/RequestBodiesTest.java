package com.scanport.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.scanport.platform.InvalidInputException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestBodiesTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    record Sample(
            @Required @Length(min = 3, max = 10) String name,
            @Between(min = 0, max = 150) Integer age,
            @Matches(regexp = "\\w+", message = "must be a word") @Length(max = 4, message = "must be at most {max}")
            String code,
            @Verbatim @MaxBytes(6) String secret,
            boolean admin,
            Integer count) {
    }

    @NoOtherFields
    record Strict(@Required @NumberAsText @Matches(regexp = "[0-9]+", message = "must be digits") String id,
                  String note) {
    }

    @Test
    void aStrictRecordRefusesUnknownFieldsAfterItsOwnErrors() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> RequestBodies.fromJson(Strict.class,
                parse("{\"zeta\":1,\"id\":\"x\",\"alpha\":2,\"" + "n".repeat(100) + "\":3}"), VALIDATOR));
        assertEquals(List.of("id", "alpha", "n".repeat(64) + "...", "zeta"), List.copyOf(e.fieldErrors().keySet()));
        assertEquals("is not a known field", e.fieldErrors().get("alpha"));
        assertEquals("id must be digits", e.getMessage());

        InvalidInputException unknownOnly = assertThrows(InvalidInputException.class, () -> RequestBodies.fromJson(
                Strict.class, parse("{\"id\":\"1\",\"mobileId\":\"x\"}"), VALIDATOR));
        assertEquals("mobileId is not a known field", unknownOnly.getMessage());
    }

    @Test
    void aNumberAsTextTakesAJsonNumberButNoOtherType() {
        assertEquals("12", RequestBodies.fromJson(Strict.class, parse("{\"id\":12}"), VALIDATOR).id());
        assertEquals("12", RequestBodies.fromJson(Strict.class, parse("{\"id\":\"12\"}"), VALIDATOR).id());
        assertEquals("must be a string", assertThrows(InvalidInputException.class, () -> RequestBodies.fromJson(
                Strict.class, parse("{\"id\":true}"), VALIDATOR)).fieldErrors().get("id"));
        assertEquals("must be digits", assertThrows(InvalidInputException.class, () -> RequestBodies.fromJson(
                Strict.class, parse("{\"id\":1.5}"), VALIDATOR)).fieldErrors().get("id"));
        assertEquals("must be a string", assertThrows(InvalidInputException.class, () -> RequestBodies.fromJson(
                Strict.class, parse("{\"id\":\"1\",\"note\":3}"), VALIDATOR)).fieldErrors().get("note"),
                "only the marked component takes numbers");
    }

    private static Sample bind(String json) {
        return RequestBodies.fromJson(Sample.class, parse(json), VALIDATOR);
    }

    private static JsonObject parse(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    @Test
    void everyFieldErrorIsCollectedInTheRecordsOrderBeforeFailing() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> bind(
                "{\"name\":\"  ab \",\"age\":12.5,\"code\":\"x y z w\",\"secret\":\"ääää\",\"admin\":\"yes\","
                        + "\"count\":\"3\"}"));
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("name", "must be 3 to 10 characters");
        expected.put("age", "must be a whole number");
        expected.put("code", "must be a word");
        expected.put("secret", "must be at most 6 bytes");
        expected.put("admin", "must be true or false");
        expected.put("count", "must be a whole number");
        assertEquals(expected, e.fieldErrors());
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(e.fieldErrors().keySet()), "in the record's order");
        assertEquals("name must be 3 to 10 characters", e.getMessage());
    }

    @Test
    void theFirstBrokenConstraintAsWrittenIsTheOneReported() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> bind("{\"name\":\"abc\",\"code\":\"a b c d e\"}"));
        assertEquals(Map.of("code", "must be a word"), e.fieldErrors(), "@Matches is written before @Length");
    }

    @Test
    void missingAndNullAreTheSameAndOnlyRequiredFieldsMindThem() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> bind("{\"name\":null}"));
        assertEquals(Map.of("name", "is required"), e.fieldErrors());
        assertEquals("name is required", e.getMessage());
        Sample sample = bind("{\"name\":\"abc\"}");
        assertNull(sample.age());
        assertFalse(sample.admin());
    }

    @Test
    void numbersBeyondAnIntAreOutOfRangeNotMalformed() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> bind("{\"name\":\"abc\",\"age\":100000000000000000000}"));
        assertEquals(Map.of("age", "must be between 0 and 150"), e.fieldErrors());
        e = assertThrows(InvalidInputException.class, () -> bind("{\"name\":\"abc\",\"age\":-1e400}"));
        assertEquals(Map.of("age", "must be between 0 and 150"), e.fieldErrors());
        e = assertThrows(InvalidInputException.class, () -> bind("{\"name\":\"abc\",\"age\":1.0}"));
        assertEquals(Map.of("age", "must be a whole number"), e.fieldErrors());
    }

    @Test
    void validFieldsComeBackTypedTextsTrimmedSecretsAsSent() {
        Sample sample = bind("{\"name\":\" Ann \",\"age\":41,\"admin\":true,\"secret\":\" pad \",\"count\":2E+1}");
        assertEquals("Ann", sample.name());
        assertEquals(41, sample.age());
        assertTrue(sample.admin());
        assertEquals(" pad ", sample.secret());
        assertEquals(20, sample.count());
    }

    @Test
    void recordsFromOtherInputAreCheckedByTheSameRules() {
        assertEquals("abc", RequestBodies.check(new Sample("abc", null, null, null, false, null), VALIDATOR).name());
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> RequestBodies.check(new Sample(null, 200, null, null, false, null), VALIDATOR));
        assertEquals(List.of("name", "age"), List.copyOf(e.fieldErrors().keySet()));
    }

    @Test
    void noTextMayHoldANulCharacter() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> bind("{\"name\":\"ab\\u0000c\",\"secret\":\"\\u0000\"}"));
        assertEquals(Map.of("name", "must not contain NUL characters", "secret", "must not contain NUL characters"),
                e.fieldErrors());
    }

    @Test
    void noTextMayHoldHalfASurrogatePair() throws Exception {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> bind("{\"name\":\"a\\ud800b\",\"secret\":\"\\udc00\"}"));
        assertEquals(Map.of("name", "must be Unicode text: \\ud800 to \\udfff only in pairs",
                "secret", "must be Unicode text: \\ud800 to \\udfff only in pairs"), e.fieldErrors());
        // A pair is one character (U+1F600), escaped or not.
        assertEquals("x\ud83d\ude00", bind("{\"name\":\"x\\ud83d\\ude00\",\"secret\":\"s\"}").name());
    }

    @Test
    void jsonNamesAreSnakeCase() {
        assertEquals("mobile_number", RequestBodies.jsonName("mobileNumber"));
        assertEquals("is_admin", RequestBodies.jsonName("isAdmin"));
        assertEquals("age", RequestBodies.jsonName("age"));
    }
}
