package com.scanport.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MultipartPartsTest {

    private static byte[] form(String boundary, int parts) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < parts; i++) {
            body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"f").append(i)
                    .append("\"\r\n\r\nnot at a line start: --").append(boundary).append("\r\n");
        }
        return body.append("--").append(boundary).append("--\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Feeds the body in pieces of {@code step} bytes, as reads deliver it; whether it was accepted to the end. */
    private static boolean accepts(MultipartParts parts, byte[] body, int step) {
        return refusal(parts, body, step) == null;
    }

    /** Why the body was refused, fed in pieces of {@code step} bytes; null when it was accepted to the end. */
    private static String refusal(MultipartParts parts, byte[] body, int step) {
        for (int offset = 0; offset < body.length; offset += step) {
            String wrong = parts.accept(body, offset, Math.min(step, body.length - offset));
            if (wrong != null) {
                return wrong;
            }
        }
        return null;
    }

    /** A form of two parts, the second with these header lines. */
    private static byte[] withHeaders(String headerLines) {
        return ("--b\r\nContent-Disposition: form-data; name=\"username\"\r\n\r\nalice\r\n"
                + "--b\r\nContent-Disposition: form-data; name=\"password\"\r\n" + headerLines + "\r\n"
                + "Content-Transfer-Encoding: base64 is text here, not a header\r\n--b--\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void aFormOfAtMostTheLimitPassesHoweverItsReadsSplitIt() {
        for (int step : new int[] {1, 3, 7, 4096}) {
            assertTrue(accepts(MultipartParts.of("multipart/form-data; boundary=xYz"),
                    form("xYz", MultipartParts.MAX_PARTS), step), "read " + step + " bytes at a time");
        }
    }

    @Test
    void oneMorePartIsRefusedHoweverItsReadsSplitIt() {
        for (int step : new int[] {1, 3, 7, 4096}) {
            assertFalse(accepts(MultipartParts.of("multipart/form-data; boundary=xYz"),
                    form("xYz", MultipartParts.MAX_PARTS + 1), step), "read " + step + " bytes at a time");
        }
    }

    @Test
    void aQuotedBoundaryAndOneThatRepeatsItselfAreCountedToo() {
        assertFalse(accepts(MultipartParts.of("multipart/form-data; boundary=\"a b\""),
                form("a b", MultipartParts.MAX_PARTS + 1), 5));
        assertFalse(accepts(MultipartParts.of("Multipart/Form-Data;boundary=aaaa"),
                form("aaaa", MultipartParts.MAX_PARTS + 1), 2));
        assertTrue(accepts(MultipartParts.of("multipart/form-data; boundary=aaaa"),
                form("aaaa", MultipartParts.MAX_PARTS), 2));
    }

    @Test
    void partsInAnEncodingOtherThanTheIdentitiesAreRefusedHoweverItsReadsSplitThem() {
        for (int step : new int[] {1, 2, 5, 4096}) {
            for (String encoding : new String[] {"base64", "Quoted-Printable", "x-uuencode", "x-bogus", "",
                    "binary-but-not-quite-binary-at-all"}) {
                assertEquals(MultipartParts.ENCODED, refusal(MultipartParts.of("multipart/form-data; boundary=b"),
                        withHeaders("Content-Transfer-Encoding: " + encoding + "\r\n"), step), encoding);
            }
            assertEquals(MultipartParts.ENCODED, refusal(MultipartParts.of("multipart/form-data; boundary=b"),
                    withHeaders("X-Other: 1\r\ncontent-transfer-encoding :BASE64\n"), step));
            for (String identity : new String[] {"7bit", "8BIT", " binary "}) {
                assertNull(refusal(MultipartParts.of("multipart/form-data; boundary=b"),
                        withHeaders("Content-Transfer-Encoding:" + identity + "\r\n"), step), identity);
            }
            // Another header whose name begins like it, and the name in a value or in a part's content.
            assertNull(refusal(MultipartParts.of("multipart/form-data; boundary=b"),
                    withHeaders("Content-Transfer-Encodings: base64\r\nX-Note: Content-Transfer-Encoding: base64\r\n"),
                    step));
        }
    }

    @Test
    void onlyMultipartBodiesWithABoundaryAreCounted() {
        assertNull(MultipartParts.of("application/json"));
        assertNull(MultipartParts.of("multipart/form-data"));
        assertNull(MultipartParts.of(null));
        assertNotNull(MultipartParts.of("multipart/mixed; boundary=q"));
    }
}
