package com.scanport.imaging;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.stream.ImageInputStream;

/**
 * What the desk accepts as a picture: PNG or JPEG, recognised by its first bytes, of at most
 * the configured number of pixels. {@link #inspect} reads the header only, so a decompression
 * bomb is refused before a single pixel is decoded; {@link #normalize} decodes the whole
 * picture and writes it again as a PNG ({@link PngEncoder}), which drops every piece of
 * metadata it carried.
 */
final class Pictures {

    static final String PNG = "png";
    static final String JPEG = "jpeg";
    private static final long MB = 1024 * 1024;
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    /**
     * Memory for decoding, in MB: half the heap, shared by every picture decoded at once. A
     * picture takes its decoded size twice (the pixels, and the PNG written from them) until it
     * is written; one that could never fit is refused from its header.
     */
    private static final int DECODING_MB = (int) Math.max(16, Runtime.getRuntime().maxMemory() / 2 / MB);
    private static final Semaphore DECODING = new Semaphore(DECODING_MB, true);

    /** A picture's format and size, read from its header, and the bytes each pixel takes once decoded. */
    record Header(String format, int width, int height, int bytesPerPixel) {

        long pixels() {
            return (long) width * height;
        }

        /** Memory to decode and write it again, in MB (rounded up). */
        int decodingMb() {
            return (int) Math.min(Integer.MAX_VALUE, (2 * pixels() * bytesPerPixel + MB - 1) / MB);
        }
    }

    static {
        // Pictures are in memory already: no temporary files for ImageIO's streams.
        ImageIO.setUseCache(false);
    }

    private Pictures() {
    }

    /** The format the first bytes announce, if PNG or JPEG. */
    static Optional<String> formatOf(byte[] bytes) {
        if (bytes.length >= PNG_MAGIC.length && startsWith(bytes, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8 && (bytes[2] & 0xff) == 0xff) {
            return Optional.of(JPEG);
        }
        return Optional.empty();
    }

    /**
     * The header of a PNG or JPEG, or why it is none: not one of the two formats, a header
     * that cannot be read, or more pixels than {@code maxPixels}.
     */
    static Header inspect(byte[] bytes, long maxPixels) throws PictureException {
        String format = formatOf(bytes).orElseThrow(() -> new PictureException("must be a PNG or JPEG image"));
        ImageReader reader = readerOf(format);
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(input, true, true);
            ImageTypeSpecifier raw = reader.getRawImageType(0);
            int bytesPerPixel = raw == null ? 4 : Math.max(3, (raw.getColorModel().getPixelSize() + 7) / 8);
            Header header = new Header(format, reader.getWidth(0), reader.getHeight(0), bytesPerPixel);
            if (header.width() < 1 || header.height() < 1) {
                throw new PictureException("must be a PNG or JPEG image");
            }
            if (header.pixels() > maxPixels) {
                throw new PictureException("must have at most " + maxPixels + " pixels, not " + header.width() + " x "
                        + header.height());
            }
            if (header.decodingMb() > DECODING_MB) {
                throw new PictureException("must take at most " + DECODING_MB + " MB to decode, not "
                        + header.decodingMb() + " MB (" + header.width() + " x " + header.height() + " pixels of "
                        + bytesPerPixel + " bytes)");
            }
            return header;
        } catch (IOException | RuntimeException unreadable) {
            throw new PictureException("must be a PNG or JPEG image whose header can be read");
        } finally {
            reader.dispose();
        }
    }

    /** The picture decoded and written again as a PNG without metadata; its header must pass {@link #inspect}. */
    static byte[] normalize(byte[] bytes, long maxPixels) throws PictureException {
        return normalize(bytes, inspect(bytes, maxPixels));
    }

    /** The picture decoded and written again as a PNG without metadata; {@code header} is what {@link #inspect} read. */
    static byte[] normalize(byte[] bytes, Header header) throws PictureException {
        // Waits while other pictures hold the memory this one needs.
        DECODING.acquireUninterruptibly(header.decodingMb());
        try {
            BufferedImage image;
            ImageReader reader = readerOf(header.format());
            try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
                reader.setInput(input, true, true);
                image = reader.read(0);
            } catch (IOException | RuntimeException unreadable) {
                throw new PictureException("The " + header.format().toUpperCase() + " image could not be decoded: "
                        + unreadable.getMessage());
            } finally {
                reader.dispose();
            }
            try {
                return PngEncoder.encode(image);
            } catch (RuntimeException unwritable) {
                throw new PictureException("The " + header.format().toUpperCase() + " image could not be written as PNG: "
                        + unwritable.getMessage());
            }
        } finally {
            DECODING.release(header.decodingMb());
        }
    }

    private static ImageReader readerOf(String format) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
        if (!readers.hasNext()) {
            throw new IllegalStateException("No " + format + " reader");
        }
        return readers.next();
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Why bytes are not a picture the desk takes: from {@link #inspect}, a message that completes "file ...". */
    static final class PictureException extends Exception {

        private static final long serialVersionUID = 1L;

        PictureException(String message) {
            super(message);
        }
    }
}
