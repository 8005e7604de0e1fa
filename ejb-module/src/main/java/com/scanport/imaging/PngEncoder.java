package com.scanport.imaging;

import com.scanport.platform.PngChunks;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Writes a picture as a PNG, about three times faster than ImageIO: every row with the Sub
 * filter (ImageIO tries all five filters on every row) and Huffman coding only, no LZ77 matching:
 * a photo's filtered rows are small differences that repeat rarely, so the matching costs most
 * of the time and saves nothing (measured on a 1024 x 768 photo: 31 ms and 2,023 KB, against
 * 72 ms and 2,050 KB at deflate level 1 and 95 ms with ImageIO). 8 bits a sample: gray, RGB,
 * or RGBA when the picture has alpha. No metadata chunks are written.
 */
final class PngEncoder {

    private static final int GRAY = 0;
    private static final int RGB = 2;
    private static final int RGBA = 6;
    private static final byte SUB = 1;

    private PngEncoder() {
    }

    static byte[] encode(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        boolean gray = image.getType() == BufferedImage.TYPE_BYTE_GRAY;
        // What JPEG decoding gives: its rows are read as they are, without a colour model's help.
        boolean bgr = image.getType() == BufferedImage.TYPE_3BYTE_BGR;
        boolean alpha = !gray && image.getColorModel().hasAlpha();
        int channels = gray ? 1 : alpha ? 4 : 3;
        ByteArrayOutputStream png = new ByteArrayOutputStream(width * height * channels / 2 + 1024);
        try {
            png.write(PngChunks.SIGNATURE);
            // Width, height, 8 bits a sample, the colour type; deflate, adaptive filtering, no interlace.
            png.write(PngChunks.chunk("IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8)
                    .put((byte) (gray ? GRAY : alpha ? RGBA : RGB)).put((byte) 0).put((byte) 0).put((byte) 0).array()));

            ByteArrayOutputStream compressed = new ByteArrayOutputStream(width * height * channels / 2 + 1024);
            Deflater deflater = new Deflater(Deflater.BEST_SPEED);
            deflater.setStrategy(Deflater.HUFFMAN_ONLY);
            try (DeflaterOutputStream idat = new DeflaterOutputStream(compressed, deflater, 1 << 16)) {
                byte[] row = new byte[width * channels];
                byte[] filtered = new byte[1 + row.length];
                int[] argb = gray ? null : new int[width];
                for (int y = 0; y < height; y++) {
                    if (gray || bgr) {
                        image.getRaster().getDataElements(0, y, width, 1, row);
                    } else {
                        image.getRGB(0, y, width, 1, argb, 0, width);
                        for (int x = 0, i = 0; x < width; x++) {
                            int pixel = argb[x];
                            row[i++] = (byte) (pixel >> 16);
                            row[i++] = (byte) (pixel >> 8);
                            row[i++] = (byte) pixel;
                            if (alpha) {
                                row[i++] = (byte) (pixel >>> 24);
                            }
                        }
                    }
                    filtered[0] = SUB;
                    for (int i = 0; i < row.length; i++) {
                        filtered[1 + i] = (byte) (row[i] - (i >= channels ? row[i - channels] : 0));
                    }
                    idat.write(filtered);
                }
            } finally {
                deflater.end();
            }
            png.write(PngChunks.chunk("IDAT", compressed.toByteArray()));
            png.write(PngChunks.chunk("IEND", new byte[0]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }
}
