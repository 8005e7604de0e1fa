package com.scanport.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fast mask choice makes, module for module, the code ZXing's own encoder makes. */
class QrMatricesTest {

    @Test
    void everyCodeIsZxingsOwnForContentsOfManyLengths() throws WriterException {
        Random random = new Random(20_261_201L);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        for (int i = 0; i < 400; i++) {
            // Owner URLs of every length a public URL allows: versions 2 to 11, with and without version information.
            StringBuilder content = new StringBuilder("https://desk.example/owners/");
            int length = 1 + random.nextInt(222);
            for (int c = 0; c < length; c++) {
                content.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            ByteMatrix expected = Encoder.encode(content.toString(), ErrorCorrectionLevel.M).getMatrix();
            QrMatrices.Modules actual = QrMatrices.encode(content.toString());
            assertEquals(expected.getWidth(), actual.size(), content::toString);
            for (int y = 0; y < actual.size(); y++) {
                for (int x = 0; x < actual.size(); x++) {
                    int row = y;
                    int column = x;
                    assertEquals(expected.get(x, y) == 1, actual.isDark(x, y),
                            () -> content + ": module " + column + "," + row);
                }
            }
        }
    }

    @Test
    void contentsBeyond64ModulesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> QrMatrices.encode("https://desk.example/" + "x".repeat(260)));
    }
}
