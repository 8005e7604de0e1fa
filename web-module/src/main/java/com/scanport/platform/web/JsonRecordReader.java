package com.scanport.platform.web;

import com.scanport.platform.InvalidInputException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonConfig;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.Charset;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Reads every JSON request body that a resource takes as a record, and checks it with the
 * record's constraints ({@link RequestBodies}), so that a resource receives only valid bodies
 * and a client never sees a parser's words.
 */
@Provider
public class JsonRecordReader implements MessageBodyReader<Record> {

    /** Duplicate keys are refused, not silently reduced to the last one (form fields keep the first). */
    private static final JsonReaderFactory READERS =
            Json.createReaderFactory(Map.of(JsonConfig.KEY_STRATEGY, JsonConfig.KeyStrategy.NONE));
    private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of());

    /** More JSON values than any request body has a use for (the largest holds about a hundred). */
    static final int MAX_VALUES = 10_000;

    @Inject
    private Validator validator;

    /**
     * Every record, whatever the body says it is: a resource's {@code @Consumes} has already
     * turned away other media types, and a body without one is read as JSON rather than
     * failing for want of a reader.
     */
    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.isRecord();
    }

    @Override
    public Record readFrom(Class<Record> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> headers, InputStream entity) throws IOException {
        String body;
        try {
            body = charset(mediaType).newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(entity.readAllBytes()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("Request body is not valid text in its charset",
                    Map.of("body", "is not valid text in its charset"));
        }
        return read(type, body, validator);
    }

    /**
     * The record a JSON text describes, checked: for a resource that reads a body the runtime
     * could not (one that may also be empty).
     */
    public static <R extends Record> R read(Class<R> type, String body, Validator validator) {
        if (body.isBlank()) {
            throw new InvalidInputException("Request body is missing", Map.of("body", "is required"));
        }
        long values;
        try {
            values = valuesIn(body);
        } catch (RuntimeException e) {
            // A JsonException, and for input nested deeper than 1,000 levels Parsson's plain RuntimeException.
            throw notJson();
        }
        if (values > MAX_VALUES) {
            throw new InvalidInputException("Request body holds more than " + MAX_VALUES + " JSON values",
                    Map.of("body", "holds more than " + MAX_VALUES + " values"));
        }
        JsonValue value;
        try (JsonReader reader = READERS.createReader(new StringReader(body))) {
            value = reader.readValue();
        } catch (RuntimeException e) {
            throw notJson();
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new InvalidInputException("Request body must be a JSON object", Map.of("body", "must be a JSON object"));
        }
        return RequestBodies.fromJson(type, value.asJsonObject(), validator);
    }

    private static InvalidInputException notJson() {
        return new InvalidInputException("Request body is not valid JSON", Map.of("body", "is not valid JSON"));
    }

    /**
     * How many values the body's JSON holds (every object, array, string, number, true, false
     * and null, nested or not), counted without building them and given up on past
     * {@link #MAX_VALUES}: a body of a megabyte of small numbers would make a tree ten times its
     * size, and fifty at once fill the heap. Malformed JSON, and anything but white space after
     * the first value (a reader stops after the value; a proxy that reads on would see another
     * request than this server does), throw.
     */
    private static long valuesIn(String body) {
        try (JsonParser parser = PARSERS.createParser(new StringReader(body))) {
            long values = 0;
            int depth = 0;
            do {
                JsonParser.Event event = parser.next();
                switch (event) {
                    case START_OBJECT, START_ARRAY -> depth++;
                    case END_OBJECT, END_ARRAY -> depth--;
                    default -> { }
                }
                if (event != JsonParser.Event.KEY_NAME && event != JsonParser.Event.END_OBJECT
                        && event != JsonParser.Event.END_ARRAY && ++values > MAX_VALUES) {
                    return values;
                }
            } while (depth > 0);
            if (parser.hasNext()) {
                throw new JsonException("content after the JSON value");
            }
            return values;
        }
    }

    /** The body's charset: UTF-8 unless the request names another (RequestLimits refused unknown ones). */
    private static Charset charset(MediaType mediaType) {
        String name = mediaType == null ? null : mediaType.getParameters().get(MediaType.CHARSET_PARAMETER);
        return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
    }
}
