package com.scanport.platform.web;

import com.scanport.platform.InvalidInputException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Map;

/**
 * Reads every JSON request body that a resource takes as a record, and checks it with the
 * record's constraints ({@link RequestBodies}), so that a resource receives only valid bodies
 * and a client never sees a parser's words.
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
public class JsonRecordReader implements MessageBodyReader<Record> {

    @Inject
    private Validator validator;

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.isRecord();
    }

    @Override
    public Record readFrom(Class<Record> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> headers, InputStream entity) throws IOException {
        String body = new String(entity.readAllBytes(), charset(mediaType));
        if (body.isBlank()) {
            throw new InvalidInputException("Request body is missing", Map.of("body", "is required"));
        }
        JsonValue value;
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            value = reader.readValue();
        } catch (JsonException e) {
            throw new InvalidInputException("Request body is not valid JSON", Map.of("body", "is not valid JSON"));
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new InvalidInputException("Request body must be a JSON object", Map.of("body", "must be a JSON object"));
        }
        return RequestBodies.fromJson(type, value.asJsonObject(), validator);
    }

    private static Charset charset(MediaType mediaType) {
        String name = mediaType.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (name == null) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new NotSupportedException("Unsupported charset");
        }
    }
}
