package com.scanport.imaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PngEncoderTest {

    @Test
    void writesEveryPixelAsImageIoReadsItBack() throws Exception {
        Random random = new Random(7);
        for (int type : new int[] {BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_INT_ARGB, BufferedImage.TYPE_3BYTE_BGR,
                BufferedImage.TYPE_BYTE_GRAY}) {
            BufferedImage image = new BufferedImage(37, 23, type);
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    int rgb = random.nextInt();
                    if (type == BufferedImage.TYPE_BYTE_GRAY) {
                        image.getRaster().setSample(x, y, 0, rgb & 0xff);
                    } else {
                        image.setRGB(x, y, rgb);
                    }
                }
            }
            byte[] png = PngEncoder.encode(image);
            assertEquals(Pictures.PNG, Pictures.formatOf(png).orElseThrow());
            BufferedImage read = ImageIO.read(new ByteArrayInputStream(png));
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    if (type == BufferedImage.TYPE_BYTE_GRAY) {
                        assertEquals(image.getRaster().getSample(x, y, 0), read.getRaster().getSample(x, y, 0));
                    } else {
                        assertEquals(image.getRGB(x, y), read.getRGB(x, y), "type " + type + " at " + x + "," + y);
                    }
                }
            }
        }
    }
}
