package com.scanport.platform;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a JSON request body field by field, collecting every problem, so that a client
 * gets all its field errors at once in its surface's 422 body and never a parser's message.
 */
public final class JsonFields {

    private final JsonObject json;
    private final Map<String, String> errors = new LinkedHashMap<>();

    private JsonFields(JsonObject json) {
        this.json = json;
    }

    public static JsonFields parse(String body) {
        if (body == null || body.isBlank()) {
            throw new InvalidInputException("Request body is missing", Map.of("body", "is required"));
        }
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new InvalidInputException("Request body must be a JSON object",
                        Map.of("body", "must be a JSON object"));
            }
            return new JsonFields(value.asJsonObject());
        } catch (JsonException e) {
            throw new InvalidInputException("Request body is not valid JSON", Map.of("body", "is not valid JSON"));
        }
    }

    /** A string of {@code min..max} characters matching {@code pattern} (if given); null when absent and optional. */
    public String text(String name, boolean required, int min, int max, Pattern pattern, String patternRule) {
        JsonValue value = present(name, required);
        if (value == null) {
            return null;
        }
        if (!(value instanceof JsonString string)) {
            errors.put(name, "must be a string");
            return null;
        }
        String text = string.getString().strip();
        if (text.length() < min || text.length() > max) {
            errors.put(name, min == max ? "must be " + min + " characters"
                    : "must be " + min + " to " + max + " characters");
            return null;
        }
        if (pattern != null && !pattern.matcher(text).matches()) {
            errors.put(name, patternRule);
            return null;
        }
        return text;
    }

    /** A secret taken exactly as sent (no trimming). */
    public String secret(String name, int min, int maxUtf8Bytes) {
        JsonValue value = present(name, true);
        if (value == null) {
            return null;
        }
        if (!(value instanceof JsonString string)) {
            errors.put(name, "must be a string");
            return null;
        }
        String text = string.getString();
        if (text.length() < min) {
            errors.put(name, "must be at least " + min + " characters");
            return null;
        }
        if (text.getBytes(StandardCharsets.UTF_8).length > maxUtf8Bytes) {
            errors.put(name, "must be at most " + maxUtf8Bytes + " bytes");
            return null;
        }
        return text;
    }

    public Integer integer(String name, boolean required, int min, int max) {
        JsonValue value = present(name, required);
        if (value == null) {
            return null;
        }
        if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
            errors.put(name, "must be a whole number");
            return null;
        }
        if (number.bigIntegerValue().compareTo(BigInteger.valueOf(min)) < 0
                || number.bigIntegerValue().compareTo(BigInteger.valueOf(max)) > 0) {
            errors.put(name, "must be between " + min + " and " + max);
            return null;
        }
        return number.intValue();
    }

    public boolean flag(String name) {
        JsonValue value = json.get(name);
        if (value == null || value == JsonValue.NULL || value == JsonValue.FALSE) {
            return false;
        }
        if (value == JsonValue.TRUE) {
            return true;
        }
        errors.put(name, "must be true or false");
        return false;
    }

    /** The field's value, or null when it is absent or JSON null (an error when it is required). */
    private JsonValue present(String name, boolean required) {
        JsonValue value = json.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            if (required) {
                errors.put(name, "is required");
            }
            return null;
        }
        return value;
    }

    /** Throws the collected field errors, if any. */
    public void validate() {
        if (!errors.isEmpty()) {
            Map.Entry<String, String> first = errors.entrySet().iterator().next();
            throw new InvalidInputException(first.getKey() + " " + first.getValue(), errors);
        }
    }
}
