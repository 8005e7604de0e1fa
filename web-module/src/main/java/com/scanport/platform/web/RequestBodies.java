package com.scanport.platform.web;

import com.scanport.platform.InvalidInputException;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Request bodies are records whose components carry their rules as Bean Validation
 * constraints. This binds a JSON object to such a record (snake_case field names, texts
 * trimmed unless {@link Verbatim}) and checks it, collecting every problem so that a client
 * gets all its field errors at once: a value of the wrong JSON type, then the first broken
 * constraint of each field in the order the constraints are written.
 */
public final class RequestBodies {

    private static final BigDecimal INT_MIN = BigDecimal.valueOf(Integer.MIN_VALUE);
    private static final BigDecimal INT_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);
    /** A number in a form field: ASCII digits, a sign, a decimal point, an exponent. */
    private static final Pattern FORM_NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d{1,9})?");
    /** Longer than any number a request has a use for. */
    static final int MAX_NUMBER_LENGTH = 40;
    private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);
    private static final int MAX_UNKNOWN_REPORTED = 5;
    private static final int MAX_UNKNOWN_NAME = 64;

    private RequestBodies() {
    }

    /** The record {@code json} describes, if it is a valid one; else every field error at once. */
    public static <R extends Record> R fromJson(Class<R> type, JsonObject json, Validator validator) {
        Map<String, String> unknown = new LinkedHashMap<>();
        if (type.isAnnotationPresent(NoOtherFields.class)) {
            Set<String> known = Arrays.stream(type.getRecordComponents())
                    .map(component -> jsonName(component.getName())).collect(Collectors.toSet());
            // A few, and shortened: the names are the client's, and the error echoes them.
            json.keySet().stream().filter(name -> !known.contains(name)).sorted().limit(MAX_UNKNOWN_REPORTED)
                    .forEach(name -> unknown.put(name.length() > MAX_UNKNOWN_NAME
                            ? name.substring(0, MAX_UNKNOWN_NAME) + "..." : name, "is not a known field"));
        }
        return bind(type, component -> value(component, json.get(jsonName(component.getName()))), unknown, validator);
    }

    /**
     * The record that form fields describe (a field not sent is null), if it is a valid one;
     * else every field error at once. Numbers and true/false are read from their text.
     */
    public static <R extends Record> R fromForm(Class<R> type, Map<String, String> fields, Validator validator) {
        return fromForm(type, fields, Map.of(), validator);
    }

    /**
     * The record that a multipart form describes: its {@code byte[]} components are the files
     * of that name (a file not sent is null), the others as {@link #fromForm(Class, Map, Validator)}.
     */
    public static <R extends Record> R fromForm(Class<R> type, Map<String, String> fields, Map<String, byte[]> files,
                                                Validator validator) {
        return bind(type, component -> component.getType() == byte[].class
                ? files.get(jsonName(component.getName()))
                : formValue(component, fields.get(jsonName(component.getName()))), Map.of(), validator);
    }

    /** Form fields given as name, value, name, value... (a value not sent is null), as {@link #fromForm} takes them. */
    public static Map<String, String> fields(String... namesAndValues) {
        Map<String, String> fields = new HashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            fields.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return fields;
    }

    /** Reads each component's value (a wrong type is an error of that field), builds the record, checks it. */
    private static <R extends Record> R bind(Class<R> type, Function<RecordComponent, Object> read,
                                             Map<String, String> otherErrors, Validator validator) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        Map<String, String> typeErrors = new HashMap<>();
        for (int i = 0; i < components.length; i++) {
            try {
                values[i] = read.apply(components[i]);
            } catch (IllegalArgumentException wrongType) {
                typeErrors.put(jsonName(components[i].getName()), wrongType.getMessage());
                values[i] = components[i].getType() == boolean.class ? Boolean.FALSE : null;
            }
        }
        return check(construct(type, components, values), typeErrors, otherErrors, validator);
    }

    /** Checks a record built from other input (form fields, for one). */
    public static <R extends Record> R check(R body, Validator validator) {
        return check(body, Map.of(), Map.of(), validator);
    }

    /** The JSON name of a record component: {@code mobileNumber} is {@code mobile_number}, as JSON-B writes it. */
    public static String jsonName(String component) {
        StringBuilder name = new StringBuilder(component.length() + 4);
        for (char c : component.toCharArray()) {
            if (Character.isUpperCase(c)) {
                name.append('_').append(Character.toLowerCase(c));
            } else {
                name.append(c);
            }
        }
        return name.toString();
    }

    /** Field errors in the record's order, then {@code otherErrors} (fields the record does not have). */
    private static <R extends Record> R check(R body, Map<String, String> typeErrors, Map<String, String> otherErrors,
                                              Validator validator) {
        Map<String, ConstraintViolation<R>> firstBroken = new HashMap<>();
        for (ConstraintViolation<R> violation : validator.validate(body)) {
            String field = violation.getPropertyPath().iterator().next().getName();
            firstBroken.merge(field, violation, (a, b) -> order(body, a) <= order(body, b) ? a : b);
        }
        Map<String, String> errors = new LinkedHashMap<>();
        for (RecordComponent component : body.getClass().getRecordComponents()) {
            String name = jsonName(component.getName());
            ConstraintViolation<R> violation = firstBroken.get(component.getName());
            String textFault = value(body, component) instanceof String text ? textFault(text) : null;
            if (typeErrors.containsKey(name)) {
                errors.put(name, typeErrors.get(name));
            } else if (textFault != null) {
                errors.put(name, textFault);
            } else if (violation != null) {
                errors.put(name, violation.getMessage());
            }
        }
        errors.putAll(otherErrors);
        if (!errors.isEmpty()) {
            Map.Entry<String, String> first = errors.entrySet().iterator().next();
            throw new InvalidInputException(first.getKey() + " " + first.getValue(), errors);
        }
        return body;
    }

    /** What no stored text may hold, or null when it holds none of it. */
    private static String textFault(String text) {
        if (text.indexOf('\u0000') >= 0) {
            // Stored nowhere: PostgreSQL refuses the character in text columns.
            return "must not contain NUL characters";
        }
        if (text.codePoints().anyMatch(point -> point >= Character.MIN_SURROGATE && point <= Character.MAX_SURROGATE)) {
            // A JSON escape such as \ud800 without its pair is no character: H2 and PostgreSQL
            // would store a question mark in its place.
            return "must be Unicode text: \\ud800 to \\udfff only in pairs";
        }
        return null;
    }

    /** Where the broken constraint stands among its field's annotations. */
    private static int order(Record body, ConstraintViolation<?> violation) {
        Class<? extends Annotation> constraint = violation.getConstraintDescriptor().getAnnotation().annotationType();
        List<Class<? extends Annotation>> written = Arrays.stream(field(body.getClass(),
                violation.getPropertyPath().iterator().next().getName()).getDeclaredAnnotations())
                .<Class<? extends Annotation>>map(Annotation::annotationType).toList();
        return written.indexOf(constraint);
    }

    private static Object value(RecordComponent component, JsonValue value) {
        Class<?> type = component.getType();
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return type == boolean.class ? Boolean.FALSE : null;
        }
        if (type == String.class) {
            if (value instanceof JsonNumber number
                    && field(component.getDeclaringRecord(), component.getName()).isAnnotationPresent(NumberAsText.class)) {
                return number.toString();
            }
            if (!(value instanceof JsonString string)) {
                throw new IllegalArgumentException("must be a string");
            }
            return field(component.getDeclaringRecord(), component.getName()).isAnnotationPresent(Verbatim.class)
                    ? string.getString() : string.getString().strip();
        }
        if (type == Integer.class) {
            return wholeNumber(value);
        }
        if (type == Long.class) {
            if (!(value instanceof JsonNumber number)) {
                throw new IllegalArgumentException("must be a whole number");
            }
            return longNumber(number.bigDecimalValue());
        }
        if (type == BigDecimal.class) {
            if (!(value instanceof JsonNumber number)) {
                throw new IllegalArgumentException("must be a number");
            }
            return number.bigDecimalValue();
        }
        if (type == List.class) {
            return wholeNumbers(component, value);
        }
        if (type == Boolean.class || type == boolean.class) {
            if (value.getValueType() == JsonValue.ValueType.TRUE) {
                return Boolean.TRUE;
            }
            if (value.getValueType() == JsonValue.ValueType.FALSE) {
                return Boolean.FALSE;
            }
            throw new IllegalArgumentException("must be true or false");
        }
        throw new IllegalStateException("No JSON binding for " + type + " in " + component.getDeclaringRecord());
    }

    /** A list of whole numbers (ids): the one kind of list that request records hold. */
    private static List<Long> wholeNumbers(RecordComponent component, JsonValue value) {
        if (!(component.getGenericType() instanceof ParameterizedType list)
                || list.getActualTypeArguments()[0] != Long.class) {
            throw new IllegalStateException("No JSON binding for " + component.getGenericType() + " in "
                    + component.getDeclaringRecord());
        }
        if (!(value instanceof JsonArray array)) {
            throw new IllegalArgumentException("must be a list of whole numbers");
        }
        List<Long> numbers = new ArrayList<>(array.size());
        for (JsonValue element : array) {
            if (!(element instanceof JsonNumber number) || number.bigDecimalValue().scale() > 0) {
                throw new IllegalArgumentException("must be a list of whole numbers");
            }
            numbers.add(longNumber(number.bigDecimalValue()));
        }
        return numbers;
    }

    /**
     * A whole number; one beyond an int's range becomes the nearest int, so that the field's
     * {@link Between} reports it as out of range rather than as no number at all.
     */
    private static Integer wholeNumber(JsonValue value) {
        if (!(value instanceof JsonNumber number)) {
            throw new IllegalArgumentException("must be a whole number");
        }
        BigDecimal decimal = number.bigDecimalValue();
        if (decimal.scale() > 0) {
            throw new IllegalArgumentException("must be a whole number");
        }
        if (decimal.compareTo(INT_MAX) > 0) {
            return Integer.MAX_VALUE;
        }
        if (decimal.compareTo(INT_MIN) < 0) {
            return Integer.MIN_VALUE;
        }
        return decimal.intValue();
    }

    private static Object formValue(RecordComponent component, String text) {
        Class<?> type = component.getType();
        if (text == null) {
            return type == boolean.class ? Boolean.FALSE : null;
        }
        if (type == String.class) {
            return field(component.getDeclaringRecord(), component.getName()).isAnnotationPresent(Verbatim.class)
                    ? text : text.strip();
        }
        if (text.isBlank()) {
            return type == boolean.class ? Boolean.FALSE : null;
        }
        if (type == Boolean.class || type == boolean.class) {
            return switch (text.strip()) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> throw new IllegalArgumentException("must be true or false");
            };
        }
        String digits = text.strip();
        // Checked before BigDecimal sees it: it takes any script's digits, and its time grows
        // faster than the length of what it parses (a million digits: seconds of CPU).
        if (digits.length() > MAX_NUMBER_LENGTH || !FORM_NUMBER.matcher(digits).matches()) {
            throw new IllegalArgumentException(type == BigDecimal.class ? "must be a number" : "must be a whole number");
        }
        BigDecimal number = new BigDecimal(digits);
        if (type == BigDecimal.class) {
            return number;
        }
        if (type == Long.class) {
            return longNumber(number);
        }
        if (type == Integer.class) {
            if (number.scale() > 0) {
                throw new IllegalArgumentException("must be a whole number");
            }
            return number.max(INT_MIN).min(INT_MAX).intValue();
        }
        throw new IllegalStateException("No form binding for " + type + " in " + component.getDeclaringRecord());
    }

    /** A whole number; one beyond a long's range becomes the nearest long (no id or amount is that large). */
    private static Long longNumber(BigDecimal number) {
        if (number.scale() > 0) {
            throw new IllegalArgumentException("must be a whole number");
        }
        return number.max(LONG_MIN).min(LONG_MAX).longValue();
    }

    private static Object value(Record body, RecordComponent component) {
        try {
            Method accessor = component.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(body);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    static Field field(Class<?> record, String name) {
        try {
            return record.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <R extends Record> R construct(Class<R> type, RecordComponent[] components, Object[] values) {
        try {
            Constructor<R> canonical = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            canonical.setAccessible(true);
            return canonical.newInstance(values);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot build " + type, e);
        }
    }
}
