package com.scanport.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.scanport.platform.Failure;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SurfacesTest {

    private record Declared(String name, Set<String> roots, boolean fallback, Set<String> exposedHeaders)
            implements Surface {

        Declared(String name, boolean fallback, String... roots) {
            this(name, Set.of(roots), fallback, Set.of());
        }

        @Override
        public String errorBody(int status, String message, Map<String, String> fieldErrors) {
            return name + " " + status + " " + message;
        }

        @Override
        public String unauthenticatedMessage() {
            return name + " wants a token";
        }
    }

    private final Declared main = new Declared("main", true, "a");
    private final Declared deep = new Declared("deep", false, "a/b");
    private final Declared other = new Declared("other", false, "c", "d");
    private final Surfaces surfaces = new Surfaces(List.of(main, deep, other));

    @Test
    void onlyTheUploadPathsASurfaceNamesMayBeLarger() {
        Surfaces withUploads = new Surfaces(List.of(main, new Surface() {
            @Override
            public Set<String> roots() {
                return Set.of("up");
            }

            @Override
            public String errorBody(int status, String message, Map<String, String> fieldErrors) {
                return message;
            }

            @Override
            public String unauthenticatedMessage() {
                return "token";
            }

            @Override
            public Map<String, Long> largeBodies() {
                return Map.of("up/photo", 5000L);
            }
        }));
        assertEquals(5000, withUploads.maxBodyBytes("/up/photo", 1000));
        assertEquals(5000, withUploads.maxBodyBytes("/up/photo/", 1000));
        assertEquals(5000, withUploads.maxBodyBytes("/up/%70hoto", 1000), "as JAX-RS decodes the path");
        assertEquals(1000, withUploads.maxBodyBytes("/up/other", 1000));
        assertEquals(1000, withUploads.maxBodyBytes("/up/photo/more", 1000));
        assertEquals(1000, withUploads.maxBodyBytes("/a", 1000));
    }

    @Test
    void theLongestClaimedPrefixOfWholeSegmentsDecides() {
        assertSame(main, surfaces.of("/a"));
        assertSame(main, surfaces.of("/a/x/b"));
        assertSame(deep, surfaces.of("/a/b"));
        assertSame(deep, surfaces.of("a/b/c/d"));
        assertSame(main, surfaces.of("/a/bc"));
        assertSame(other, surfaces.of("/d/1"));
        assertSame(main, surfaces.of("/cd"), "no surface claims it: the fallback answers");
        assertSame(main, surfaces.of(""));
    }

    @Test
    void aPathAsSentIsDecodedFirst() {
        assertSame(other, surfaces.ofRawPath("/c%2F"));
        assertSame(deep, surfaces.ofRawPath("/a%2fb"));
        assertSame(other, surfaces.ofRawPath("/%63/x"));
        assertSame(main, surfaces.ofRawPath("/c%zz"), "a malformed escape is taken as it stands");
        assertSame(main, surfaces.ofRawPath("/c+d"));
    }

    @Test
    void exactlyOneSurfaceAnswersTheUnclaimedPathsAndNoPathIsClaimedTwice() {
        assertThrows(IllegalStateException.class, () -> new Surfaces(List.of(deep, other)));
        assertThrows(IllegalStateException.class, () -> new Surfaces(List.of(main, new Declared("x", true, "x"))));
        assertThrows(IllegalStateException.class, () -> new Surfaces(List.of(main, new Declared("y", false, "c"), other)));
    }

    @Test
    void headersAreThePlatformsFollowedByEverySurfacesOwn() {
        Surfaces withHeaders = new Surfaces(List.of(new Declared("m", Set.of("m"), true, Set.of("Z-One", "A-Two")),
                new Declared("n", Set.of("n"), false, Set.of("A-Two", "B-Three"))));
        assertEquals(List.of("Authorization", "A-Two", "B-Three", "Z-One"),
                List.copyOf(withHeaders.headers(List.of("Authorization"), Surface::exposedHeaders)));
    }

    @Test
    void messagesWithoutTextOfTheirOwnComeFromOneTable() {
        assertEquals("main wants a token", main.message(401));
        assertEquals("Not enough permissions", main.message(403));
        assertEquals("Method Not Allowed", main.message(405));
        assertEquals("Payload Too Large", main.message(413));
        assertEquals("Error", main.message(418));
    }

    @Test
    void failureKindsHaveTheCommonStatusesUnlessASurfaceSaysOtherwise() {
        assertEquals(422, main.status(Failure.INVALID_INPUT));
        assertEquals(400, main.status(Failure.DUPLICATE));
        assertEquals(429, main.status(Failure.RATE_LIMITED));
        assertEquals(401, main.status(Failure.UNAUTHENTICATED));
    }
}
