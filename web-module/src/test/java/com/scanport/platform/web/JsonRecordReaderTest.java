package com.scanport.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.scanport.platform.InvalidInputException;
import jakarta.validation.Validation;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonRecordReaderTest {

    record Name(@Required String name) {
    }

    private static Record read(String body) throws Exception {
        JsonRecordReader reader = new JsonRecordReader();
        Field validator = JsonRecordReader.class.getDeclaredField("validator");
        validator.setAccessible(true);
        validator.set(reader, Validation.buildDefaultValidatorFactory().getValidator());
        @SuppressWarnings({"unchecked", "rawtypes"})
        Class<Record> type = (Class) Name.class;
        return reader.readFrom(type, type, new java.lang.annotation.Annotation[0], MediaType.APPLICATION_JSON_TYPE,
                null, new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsAValidBody() throws Exception {
        assertEquals(new Name("ann"), read("{\"name\":\" ann \"}"));
    }

    @Test
    void bodiesNoParserShouldMeetAreRefusedAsInvalidInput() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        for (String body : new String[] {"", "   ", "[1,2]", "\"text\"", "{\"a\":", "nul", deep,
            "{\"name\":" + "[".repeat(5000) + "]".repeat(5000) + "}"}) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> read(body),
                    body.length() > 40 ? body.substring(0, 40) : body);
            assertEquals(1, e.fieldErrors().size(), e::toString);
        }
        InvalidInputException huge = assertThrows(InvalidInputException.class,
                () -> read("{\"name\":1" + "0".repeat(2000) + "}"));
        assertEquals(Map.of("body", "is not valid JSON"), huge.fieldErrors(), "Parsson reads no number that long");
    }

    @Test
    void aBodyOfMoreValuesThanAnyRequestHoldsIsRefusedBeforeItIsBuilt() throws Exception {
        // The object, the name and its value: three; the list and its numbers make up the rest.
        String numbers = "1,".repeat(JsonRecordReader.MAX_VALUES - 4) + "1";
        assertEquals(new Name("a"), read("{\"name\":\"a\",\"ids\":[" + numbers + "]}"));
        InvalidInputException many = assertThrows(InvalidInputException.class,
                () -> read("{\"name\":\"a\",\"ids\":[" + numbers + ",1]}"));
        assertEquals(Map.of("body", "holds more than 10000 values"), many.fieldErrors());
        InvalidInputException megabyte = assertThrows(InvalidInputException.class,
                () -> read("{\"name\":\"a\",\"ids\":[" + "9,".repeat(524_000) + "9]}"));
        assertEquals("Request body holds more than 10000 JSON values", megabyte.getMessage());
    }

    @Test
    void oneObjectWithEachKeyOnceAndNothingAfterIt() {
        for (String body : new String[] {"{\"name\":\"a\"} garbage ] } {", "{\"name\":\"a\"}{\"name\":\"b\"}",
            "{\"name\":\"a\",\"name\":\"b\"}", "{\"name\":\"a\",\"x\":{\"y\":1,\"y\":2}}"}) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> read(body), body);
            assertEquals(Map.of("body", "is not valid JSON"), e.fieldErrors(), body);
        }
    }

    @Test
    void whiteSpaceAfterTheObjectIsFine() throws Exception {
        assertEquals(new Name("ann"), read("{\"name\":\"ann\"}\r\n  "));
    }
}
