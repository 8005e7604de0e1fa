package com.scanport.platform;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.zip.Deflater;

/**
 * A QR code as a PNG for a screen to show: 1 bit a pixel, grayscale, written directly (no
 * image, no ImageIO pipeline). Each module is {@code moduleSize} pixels square, inside a quiet
 * zone of {@code quietZone} light modules (the standard asks for 4). Identical rows repeat, so
 * the image deflates to little more than one row per module row.
 */
public final class QrPng {

    private static final byte GRAYSCALE = 0;

    private QrPng() {
    }

    /** The code of {@code content} as a PNG; contents too long for a QR code here are refused. */
    public static byte[] of(String content, int moduleSize, int quietZone) {
        return of(QrMatrices.encode(content), moduleSize, quietZone);
    }

    static byte[] of(QrMatrices.Modules modules, int moduleSize, int quietZone) {
        if (moduleSize < 1 || quietZone < 0) {
            throw new IllegalArgumentException("module size " + moduleSize + ", quiet zone " + quietZone);
        }
        int side = (modules.size() + 2 * quietZone) * moduleSize;
        int rowBytes = (side + 7) / 8;
        byte[] raw = new byte[(1 + rowBytes) * side];
        byte[] lightRow = new byte[rowBytes];
        Arrays.fill(lightRow, (byte) 0xff);
        byte[] row = new byte[rowBytes];
        for (int y = 0; y < side; y++) {
            int moduleY = y / moduleSize - quietZone;
            int at = y * (1 + rowBytes);
            raw[at] = 0; // filter: none
            if (moduleY < 0 || moduleY >= modules.size()) {
                System.arraycopy(lightRow, 0, raw, at + 1, rowBytes);
                continue;
            }
            if (y % moduleSize == 0) {
                // A new module row: 1 is light in a grayscale PNG, so dark modules clear their bits.
                System.arraycopy(lightRow, 0, row, 0, rowBytes);
                long dark = modules.rows()[moduleY];
                for (int x = 0; x < modules.size(); x++) {
                    if ((dark >>> x & 1) == 1) {
                        int from = (x + quietZone) * moduleSize;
                        for (int px = from; px < from + moduleSize; px++) {
                            row[px >> 3] &= (byte) ~(0x80 >>> (px & 7));
                        }
                    }
                }
            }
            System.arraycopy(row, 0, raw, at + 1, rowBytes);
        }
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        byte[] compressed;
        try {
            deflater.setInput(raw);
            deflater.finish();
            ByteArrayOutputStream idat = new ByteArrayOutputStream(raw.length / 8 + 64);
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) {
                idat.write(buffer, 0, deflater.deflate(buffer));
            }
            compressed = idat.toByteArray();
        } finally {
            deflater.end();
        }
        ByteBuffer png = ByteBuffer.allocate(PngChunks.SIGNATURE.length + 3 * 12 + 13 + compressed.length);
        png.put(PngChunks.SIGNATURE);
        // Width, height, 1 bit a sample, grayscale; deflate, no filtering choices, no interlace.
        png.put(PngChunks.chunk("IHDR", ByteBuffer.allocate(13).putInt(side).putInt(side).put((byte) 1).put(GRAYSCALE)
                .put((byte) 0).put((byte) 0).put((byte) 0).array()));
        png.put(PngChunks.chunk("IDAT", compressed));
        png.put(PngChunks.chunk("IEND", new byte[0]));
        return png.array();
    }
}
