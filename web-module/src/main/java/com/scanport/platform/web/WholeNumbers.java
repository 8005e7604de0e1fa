package com.scanport.platform.web;

import com.scanport.platform.InvalidInputException;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.regex.Pattern;

/** Converts the query and path parameters marked {@link WholeNumber}, one rule and one message for every resource. */
@Provider
public class WholeNumbers implements ParamConverterProvider {

    private static final Pattern ASCII_WHOLE_NUMBER = Pattern.compile("[+-]?[0-9]{1,10}");

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType != Integer.class) {
            return null;
        }
        WholeNumber bounds = null;
        String name = null;
        for (Annotation annotation : annotations) {
            if (annotation instanceof WholeNumber number) {
                bounds = number;
            } else if (annotation instanceof QueryParam query) {
                name = query.value();
            } else if (annotation instanceof PathParam path) {
                name = path.value();
            }
        }
        return bounds == null || name == null ? null : (ParamConverter<T>) new Converter(name, bounds.min(), bounds.max());
    }

    private record Converter(String name, int min, int max) implements ParamConverter<Integer> {

        @Override
        public Integer fromString(String value) {
            // Not sent at all: the resource decides whether that is allowed.
            if (value == null) {
                return null;
            }
            // ASCII digits only: Integer.parseInt also reads other scripts' digits ("١" is 1).
            if (ASCII_WHOLE_NUMBER.matcher(value.strip()).matches()) {
                try {
                    int number = Integer.parseInt(value.strip());
                    if (number >= min && number <= max) {
                        return number;
                    }
                } catch (NumberFormatException e) {
                    // reported below, like a number out of range
                }
            }
            String rule = "must be a whole number from " + min + " to " + max;
            // The runtime wraps this in its own 404; the error mapper answers with the failure inside.
            throw new InvalidInputException(name + " " + rule, Map.of(name, rule));
        }

        @Override
        public String toString(Integer value) {
            return value.toString();
        }
    }
}
