package com.scanport.testing;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Reads the QR code of a PNG made for a screen (a cart's, a signed-in user's), as a phone's
 * scanner would. The image is the code alone: ZXing's finder, made for photos, misses about one
 * clean synthetic code in a hundred (zbarimg reads those), so it is told the image is pure.
 */
public final class ScreenCodes {

    private ScreenCodes() {
    }

    public static String read(byte[] png) throws IOException, com.google.zxing.ReaderException {
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(
                ImageIO.read(new ByteArrayInputStream(png))))), Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE))
                .getText();
    }
}
