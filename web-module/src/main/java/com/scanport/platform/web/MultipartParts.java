package com.scanport.platform.web;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts the parts of a multipart body as it streams past, by its delimiters (RFC 2046: two
 * hyphens and the boundary, at the start of the body or of a line), so that a body of thousands
 * of empty parts is refused before a parser builds objects for each: 18,000 of them fit in
 * 1 MB, and a few such bodies at once exhausted the heap.
 */
final class MultipartParts {

    /** No form of this API has more than a few fields; urlencoded forms may have 1,000. */
    static final int MAX_PARTS = 100;
    private static final Pattern BOUNDARY = Pattern.compile("(?i);\\s*boundary\\s*=\\s*(?:\"([^\"]+)\"|([^\\s;]+))");

    /** A line break, two hyphens and the boundary: a body's start counts as a line break. */
    private final byte[] delimiter;
    /** For each prefix of the delimiter, the longest proper prefix that is also its suffix (Knuth-Morris-Pratt). */
    private final int[] fallback;
    private int matched = 1;
    private int delimiters;

    private MultipartParts(String boundary) {
        delimiter = ("\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        fallback = new int[delimiter.length];
        for (int i = 1, k = 0; i < delimiter.length; i++) {
            while (k > 0 && delimiter[i] != delimiter[k]) {
                k = fallback[k - 1];
            }
            if (delimiter[i] == delimiter[k]) {
                k++;
            }
            fallback[i] = k;
        }
    }

    /** A counter for a body of this media type, or null when it is no multipart body with a boundary. */
    static MultipartParts of(String contentType) {
        if (!RequestLimits.media(contentType).startsWith("multipart/")) {
            return null;
        }
        Matcher boundary = BOUNDARY.matcher(contentType);
        if (!boundary.find()) {
            return null;
        }
        return new MultipartParts(boundary.group(1) != null ? boundary.group(1) : boundary.group(2));
    }

    /** Counts the delimiters in these bytes; false once the body has had more than {@link #MAX_PARTS} parts. */
    boolean accept(byte[] bytes, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            byte b = bytes[i];
            while (matched > 0 && delimiter[matched] != b) {
                matched = fallback[matched - 1];
            }
            if (delimiter[matched] == b) {
                matched++;
            }
            if (matched == delimiter.length) {
                delimiters++;
                matched = fallback[matched - 1];
            }
        }
        // N parts have N + 1 delimiters, the last one closing the body.
        return delimiters <= MAX_PARTS + 1;
    }
}
