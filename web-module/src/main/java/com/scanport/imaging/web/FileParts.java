package com.scanport.imaging.web;

import jakarta.ws.rs.core.EntityPart;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/** The files of a multipart form, read no further than one byte past what the desk takes. */
final class FileParts {

    private FileParts() {
    }

    /** {@code name} to the bytes of its part, for the parts that were sent. */
    static Map<String, byte[]> read(long maxBytes, Object... namesAndParts) {
        Map<String, byte[]> files = new HashMap<>();
        for (int i = 0; i + 1 < namesAndParts.length; i += 2) {
            if (namesAndParts[i + 1] instanceof EntityPart part) {
                try (InputStream content = part.getContent()) {
                    files.put((String) namesAndParts[i], content.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return files;
    }
}
