package com.scanport.imaging;

import com.scanport.platform.PngChunks;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PicturesTest {

    @Test
    void readsTheFormatAndSizeFromTheHeaderAndWritesAPngWithoutMetadata() throws Exception {
        byte[] jpeg = encode(new BufferedImage(30, 20, BufferedImage.TYPE_INT_RGB), "jpg");
        Pictures.Header header = Pictures.inspect(jpeg, 1000);
        assertEquals(new Pictures.Header(Pictures.JPEG, 30, 20, 3), header);
        byte[] tagged = withTextChunk(encode(new BufferedImage(30, 20, BufferedImage.TYPE_INT_RGB), "png"));
        assertTrue(new String(tagged, StandardCharsets.ISO_8859_1).contains("GPS"));
        byte[] png = Pictures.normalize(tagged, 1000);
        assertEquals(Pictures.PNG, Pictures.formatOf(png).orElseThrow());
        assertFalse(new String(png, StandardCharsets.ISO_8859_1).contains("GPS"), "metadata is dropped");
        assertEquals(30, ImageIO.read(new ByteArrayInputStream(png)).getWidth());
    }

    @Test
    void refusesWhatIsNoPictureAndTooManyPixelsBeforeDecodingAny() {
        Pictures.PictureException text = assertThrows(Pictures.PictureException.class,
                () -> Pictures.inspect("GIF89a".getBytes(StandardCharsets.US_ASCII), 1000));
        assertEquals("must be a PNG or JPEG image", text.getMessage());
        // 100,000 x 100,000 announced, 16 bytes of data: refused from the header alone.
        Pictures.PictureException bomb = assertThrows(Pictures.PictureException.class,
                () -> Pictures.inspect(png(100_000, 100_000), 40_000_000));
        assertEquals("must have at most 40000000 pixels, not 100000 x 100000", bomb.getMessage());
        Pictures.PictureException broken = assertThrows(Pictures.PictureException.class,
                () -> Pictures.normalize(png(64, 48), 40_000_000));
        assertTrue(broken.getMessage().startsWith("The PNG image could not be decoded"), broken.getMessage());
    }

    @Test
    void aPictureTakesItsDecodedSizeTwiceWhileItIsWrittenAgain() {
        assertEquals(550, new Pictures.Header(Pictures.PNG, 6000, 6000, 8).decodingMb(), "16-bit RGBA");
        assertEquals(229, new Pictures.Header(Pictures.JPEG, 6320, 6320, 3).decodingMb());
        assertEquals(1, new Pictures.Header(Pictures.PNG, 10, 10, 4).decodingMb(), "rounded up");
    }

    @Test
    void findsTheCodeInWhatWasScannedAndTellsARunOutLeaseFromAnUnknownOne() {
        assertEquals("abc", ImageJobs.ownerCodeIn("https://desk.example/owners/abc"));
        assertEquals("abc", ImageJobs.ownerCodeIn(" abc "));
        assertEquals("", ImageJobs.ownerCodeIn(null));
        java.time.Instant now = java.time.Instant.ofEpochMilli(2_000_000_000_500L);
        assertTrue(ImageJobs.leaseRanOut("2000000000499.xyz", now));
        assertFalse(ImageJobs.leaseRanOut("2000000000501.xyz", now));
        assertFalse(ImageJobs.leaseRanOut("no-such-lease", now));
    }

    /** A PNG header announcing width x height, and image data no decoder reads. */
    private static byte[] png(int width, int height) {
        ByteBuffer png = ByteBuffer.allocate(8 + 25 + 28 + 12);
        png.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        png.put(PngChunks.chunk("IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2).array()));
        png.put(PngChunks.chunk("IDAT", new byte[16]));
        png.put(PngChunks.chunk("IEND", new byte[0]));
        return png.array();
    }

    /** The PNG with a tEXt chunk after its header, as a camera app might add. */
    private static byte[] withTextChunk(byte[] png) {
        byte[] text = "GPS\u000052.1,4.3".getBytes(StandardCharsets.ISO_8859_1);
        ByteBuffer out = ByteBuffer.allocate(png.length + 12 + text.length);
        out.put(png, 0, 33);
        out.put(PngChunks.chunk("tEXt", text));
        out.put(png, 33, png.length - 33);
        return out.array();
    }

    private static byte[] encode(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }
}
