package com.scanport.platform.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a multipart body as it streams past, before a parser builds anything of it. It counts
 * the parts by their delimiters (RFC 2046: two hyphens and the boundary, at the start of the body
 * or of a line): 18,000 empty parts fit in 1 MB, and a few such bodies at once exhausted the heap.
 * And it reads each part's headers for a {@code Content-Transfer-Encoding} other than the
 * identities (7bit, 8bit, binary: what some clients still send): RFC 7578 has no other for form
 * data, and Payara's parser answered a base64 or uuencoded part it could not decode with a 500
 * and a stack trace, about 250 log lines for a 200-byte request.
 */
final class MultipartParts {

    /** No form of this API has more than a few fields; urlencoded forms may have 1,000. */
    static final int MAX_PARTS = 100;
    static final String TOO_MANY = "has more than " + MAX_PARTS + " parts";
    static final String ENCODED = "has a part with a Content-Transfer-Encoding other than 7bit, 8bit or binary";
    private static final Set<String> IDENTITIES = Set.of("7bit", "8bit", "binary");
    /** Longer than any identity's name with its colon and spaces: a longer value is none of them. */
    private static final int MAX_ENCODING_LENGTH = 32;
    private static final Pattern BOUNDARY = Pattern.compile("(?i);\\s*boundary\\s*=\\s*(?:\"([^\"]+)\"|([^\\s;]+))");

    /** A line break, two hyphens and the boundary: a body's start counts as a line break. */
    private final Needle delimiter;
    /** The header's name at the start of a header line, matched in lower case (a parser may allow spaces before its colon). */
    private final Needle encodingHeader = new Needle("\ncontent-transfer-encoding");
    private int delimiters;
    private boolean inHeaders;
    /** Still on the delimiter's own line, which the part's headers follow. */
    private boolean onDelimiterLine;
    /** Bytes of the current header line other than CR. */
    private int lineLength;
    /** The rest of a line that began with a Content-Transfer-Encoding header's name, or null. */
    private StringBuilder encoding;

    private MultipartParts(String boundary) {
        delimiter = new Needle("\n--" + boundary);
        delimiter.matched = 1;
    }

    /** A checker for a body of this media type, or null when it is no multipart body with a boundary. */
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

    /**
     * Reads these bytes of the body; null while it is acceptable, else what is wrong with it
     * ({@link #TOO_MANY}, {@link #ENCODED}).
     */
    String accept(byte[] bytes, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            byte b = bytes[i];
            if (inHeaders && !header(b)) {
                return ENCODED;
            }
            if (delimiter.found(b)) {
                delimiters++;
                // N parts have N + 1 delimiters, the last one closing the body.
                if (delimiters > MAX_PARTS + 1) {
                    return TOO_MANY;
                }
                inHeaders = true;
                onDelimiterLine = true;
                lineLength = 0;
                encoding = null;
                encodingHeader.matched = 0;
            }
        }
        return null;
    }

    /** One byte of a part's header block; false when it ends a Content-Transfer-Encoding that is no identity. */
    private boolean header(byte b) {
        if (encoding != null && (b == '\r' || b == '\n')) {
            String rest = encoding.toString().strip();
            encoding = null;
            // Without a colon next, the line names another header.
            if (rest.startsWith(":") && !IDENTITIES.contains(rest.substring(1).strip().toLowerCase(Locale.ROOT))) {
                return false;
            }
        } else if (encoding != null) {
            if (encoding.length() >= MAX_ENCODING_LENGTH) {
                return false;
            }
            encoding.append((char) (b & 0xff));
        } else if (!onDelimiterLine && encodingHeader.found((byte) Character.toLowerCase(b & 0xff))) {
            encoding = new StringBuilder();
        }
        if (b == '\n') {
            // An empty line ends the headers; the delimiter's own line is not one of them.
            inHeaders = onDelimiterLine || lineLength > 0;
            onDelimiterLine = false;
            lineLength = 0;
            encodingHeader.matched = 1;
        } else if (b != '\r') {
            lineLength++;
        }
        return true;
    }

    /** A byte pattern found as bytes stream past, however reads split them (Knuth-Morris-Pratt). */
    private static final class Needle {

        private final byte[] pattern;
        /** For each prefix of the pattern, the longest proper prefix that is also its suffix. */
        private final int[] fallback;
        int matched;

        Needle(String text) {
            pattern = text.getBytes(StandardCharsets.ISO_8859_1);
            fallback = new int[pattern.length];
            for (int i = 1, k = 0; i < pattern.length; i++) {
                while (k > 0 && pattern[i] != pattern[k]) {
                    k = fallback[k - 1];
                }
                if (pattern[i] == pattern[k]) {
                    k++;
                }
                fallback[i] = k;
            }
        }

        /** Whether this byte completes the pattern. */
        boolean found(byte b) {
            while (matched > 0 && pattern[matched] != b) {
                matched = fallback[matched - 1];
            }
            if (pattern[matched] == b) {
                matched++;
            }
            if (matched == pattern.length) {
                matched = fallback[matched - 1];
                return true;
            }
            return false;
        }
    }
}
