package com.scanport.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class JsonFieldsTest {

    @Test
    void bodiesThatAreNotAJsonObjectAreRefusedWithoutTheParsersWords() {
        for (String body : new String[] {"", "[1,2]", "\"text\"", "{\"a\":", "nul"}) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> JsonFields.parse(body), body);
            assertEquals(Map.of("body", e.fieldErrors().get("body")), e.fieldErrors());
        }
    }

    @Test
    void everyFieldErrorIsCollectedBeforeFailing() {
        JsonFields fields = JsonFields.parse("{\"name\":\"  ab \",\"age\":12.5,\"count\":100000000000000000000,\"admin\":\"yes\","
                + "\"code\":\"x y\",\"secret\":\"  padded  \"}");
        assertNull(fields.text("name", true, 3, 10, null, null), "trimmed to two characters");
        assertNull(fields.integer("age", true, 0, 150));
        assertNull(fields.integer("count", true, 0, 150));
        assertFalse(fields.flag("admin"));
        assertNull(fields.text("code", true, 1, 10, Pattern.compile("\\w+"), "must be a word"));
        assertEquals("  padded  ", fields.secret("secret", 1, 72), "secrets are taken as sent");
        assertNull(fields.text("missing", false, 1, 10, null, null));
        InvalidInputException e = assertThrows(InvalidInputException.class, fields::validate);
        assertEquals(Map.of("name", "must be 3 to 10 characters", "age", "must be a whole number",
                "count", "must be between 0 and 150", "admin", "must be true or false", "code", "must be a word"),
                e.fieldErrors());
        assertEquals("name must be 3 to 10 characters", e.getMessage());
    }

    @Test
    void validFieldsComeBackTyped() {
        JsonFields fields = JsonFields.parse("{\"name\":\" Ann \",\"age\":41,\"admin\":true,\"address\":null}");
        assertEquals("Ann", fields.text("name", true, 1, 10, null, null));
        assertEquals(41, fields.integer("age", true, 0, 150));
        assertTrue(fields.flag("admin"));
        assertNull(fields.text("address", false, 0, 10, null, null));
        fields.validate();
    }
}
