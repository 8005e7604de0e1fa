package com.scanport.platform.web;

import com.scanport.platform.InvalidInputException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields of an {@code application/x-www-form-urlencoded} body, as the HTML standard parses
 * it, except that a malformed percent escape is refused rather than kept as text, and that a
 * body may hold at most {@link #MAX_FIELDS} fields (as Undertow's own parser allows).
 */
final class UrlEncodedForm {

    static final int MAX_FIELDS = 1000;

    private UrlEncodedForm() {
    }

    /** Each name with its values in the order sent; a malformed percent escape is the client's error. */
    static Map<String, String[]> fields(byte[] body, Charset charset) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        int start = 0;
        int count = 0;
        while (start <= body.length) {
            int end = indexOf(body, (byte) '&', start, body.length);
            if (end > start) {
                if (++count > MAX_FIELDS) {
                    throw new InvalidInputException(ErrorResponses.UNREADABLE_BODY,
                            Map.of("body", "has more than " + MAX_FIELDS + " fields"));
                }
                int equals = indexOf(body, (byte) '=', start, end);
                String name = decode(body, start, equals, charset);
                String value = equals < end ? decode(body, equals + 1, end, charset) : "";
                fields.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            }
            start = end + 1;
        }
        Map<String, String[]> arrays = new LinkedHashMap<>();
        fields.forEach((name, values) -> arrays.put(name, values.toArray(String[]::new)));
        return Collections.unmodifiableMap(arrays);
    }

    /** Where {@code wanted} first is in {@code body} from {@code from}, or {@code to} if not before it. */
    private static int indexOf(byte[] body, byte wanted, int from, int to) {
        for (int i = from; i < to; i++) {
            if (body[i] == wanted) {
                return i;
            }
        }
        return to;
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
                    throw new InvalidInputException(ErrorResponses.UNREADABLE_BODY,
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
