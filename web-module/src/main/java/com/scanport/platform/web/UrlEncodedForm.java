package com.scanport.platform.web;

import com.scanport.platform.InvalidInputException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The fields of an {@code application/x-www-form-urlencoded} body, as the HTML standard parses it. */
final class UrlEncodedForm {

    private UrlEncodedForm() {
    }

    /** Each name with its values in the order sent; a malformed percent escape is the client's error. */
    static Map<String, String[]> fields(byte[] body, Charset charset) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        int start = 0;
        while (start <= body.length) {
            int end = indexOf(body, (byte) '&', start);
            if (end > start) {
                int equals = indexOf(body, (byte) '=', start);
                int nameEnd = Math.min(equals, end);
                String name = decode(body, start, nameEnd, charset);
                String value = equals < end ? decode(body, equals + 1, end, charset) : "";
                fields.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            }
            start = end + 1;
        }
        Map<String, String[]> arrays = new LinkedHashMap<>();
        fields.forEach((name, values) -> arrays.put(name, values.toArray(String[]::new)));
        return arrays;
    }

    private static int indexOf(byte[] body, byte wanted, int from) {
        for (int i = from; i < body.length; i++) {
            if (body[i] == wanted) {
                return i;
            }
        }
        return body.length;
    }

    private static String decode(byte[] body, int from, int to, Charset charset) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(to - from);
        for (int i = from; i < to; i++) {
            byte b = body[i];
            if (b == '+') {
                bytes.write(' ');
            } else if (b == '%') {
                int high = i + 2 < to ? Character.digit(body[i + 1], 16) : -1;
                int low = high < 0 ? -1 : Character.digit(body[i + 2], 16);
                if (low < 0) {
                    throw new InvalidInputException("Request body could not be read",
                            Map.of("body", "has a malformed percent escape"));
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else {
                bytes.write(b);
            }
        }
        return bytes.toString(charset);
    }
}
