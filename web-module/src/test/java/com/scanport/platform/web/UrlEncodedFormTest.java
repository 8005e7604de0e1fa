package com.scanport.platform.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.scanport.platform.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UrlEncodedFormTest {

    private static Map<String, String[]> fields(String body) {
        return UrlEncodedForm.fields(body.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }

    @Test
    void namesAndValuesAreDecodedInTheOrderSent() {
        Map<String, String[]> fields = fields("username=ann+lee&password=p%C3%A4ss%26%3D&empty=&bare&&username=again");
        assertEquals(List.of("username", "password", "empty", "bare"), List.copyOf(fields.keySet()));
        assertArrayEquals(new String[] {"ann lee", "again"}, fields.get("username"));
        assertArrayEquals(new String[] {"päss&="}, fields.get("password"));
        assertArrayEquals(new String[] {""}, fields.get("empty"));
        assertArrayEquals(new String[] {""}, fields.get("bare"));
    }

    @Test
    void rawBytesAreReadInTheFormsCharset() {
        byte[] latin = "name=Jos\u00e9".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("José", UrlEncodedForm.fields(latin, StandardCharsets.ISO_8859_1).get("name")[0]);
        assertEquals("Jos\u00e9", fields("name=Jos\u00e9").get("name")[0]);
    }

    @Test
    void anEmptyBodyHasNoFields() {
        assertEquals(Map.of(), fields(""));
    }

    @Test
    void manyFieldsAreReadInLinearTimeUpToTheLimit() {
        String fields = "a&".repeat(UrlEncodedForm.MAX_FIELDS);
        assertEquals(1, fields(fields).size());
        assertArrayEquals(new String[] {"", ""}, fields("a&a=").get("a"));
        assertThrows(InvalidInputException.class, () -> fields(fields + "b"));
    }

    @Test
    void aMalformedEscapeIsTheClientsError() {
        for (String body : List.of("a=%zz", "a=%4", "a=%", "%g0=b")) {
            assertThrows(InvalidInputException.class, () -> fields(body), body);
        }
    }
}
