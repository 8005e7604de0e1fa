package com.scanport.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The 1-bit PNG is a standard PNG whose pixels are the code's modules, scaled, inside the quiet zone. */
class QrPngTest {

    @Test
    void everyPixelIsItsModule() throws IOException {
        String content = "{\"user_id\":\"12\",\"qr_nonce\":\"q3Z6w0Yt1tJ5bqzJxg3mW8V0c2qkqjv9fQm8l1B3zKc\"}";
        QrMatrices.Modules modules = QrMatrices.encode(content);
        int moduleSize = 8;
        int quietZone = 4;
        byte[] png = QrPng.of(content, moduleSize, quietZone);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int side = (modules.size() + 2 * quietZone) * moduleSize;
        assertEquals(side, image.getWidth());
        assertEquals(side, image.getHeight());
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                int moduleX = x / moduleSize - quietZone;
                int moduleY = y / moduleSize - quietZone;
                boolean dark = moduleX >= 0 && moduleY >= 0 && moduleX < modules.size() && moduleY < modules.size()
                        && modules.isDark(moduleX, moduleY);
                int rgb = image.getRGB(x, y) & 0xffffff;
                assertEquals(dark ? 0x000000 : 0xffffff, rgb, "pixel " + x + "," + y);
            }
        }
        assertTrue(png.length < 4096, "a screen's QR code is small: " + png.length + " bytes");
    }

    @Test
    void widthsThatAreNoMultipleOfEightArePadded() throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(QrPng.of("x", 3, 1)));
        assertEquals((21 + 2) * 3, image.getWidth());
        assertEquals(0xffffff, image.getRGB(0, 0) & 0xffffff);
        assertEquals(0x000000, image.getRGB(3, 3) & 0xffffff, "the finder's corner");
    }
}
