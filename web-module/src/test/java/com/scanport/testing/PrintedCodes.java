package com.scanport.testing;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.ReaderException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads a sheet of printed QR codes back as a person with a phone would: PDFBox renders each
 * page to pixels (not the library that wrote it), ZXing's reader decodes every cell of the
 * 5 x 7 grid below the header (not its encoder's data).
 */
public final class PrintedCodes {

    private static final int COLUMNS = 5;
    private static final int ROWS = 7;
    /**
     * ZXing's detector, which looks for the three finder patterns anywhere in the picture, misses
     * about one code in a hundred of these at any one resolution (valid codes all the same: the
     * same reader decodes them as an upright code alone in its picture, which a printed cell is,
     * or at another resolution). So a cell is tried those ways too before it counts as unreadable.
     */
    private static final float[] DPIS = {150, 200, 300};
    private static final List<Map<DecodeHintType, Object>> HINTS = List.of(
            Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE), Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE));
    /** Where the grid lies on an A4 page, in points: the page's margin, and the header above the grid. */
    private static final float MARGIN = 28;
    private static final float HEADER = 70;
    private static final float FOOTER = 20;

    /** The pages' text, page by page, and every code found, page by page and row by row. */
    public record Sheet(List<String> pageTexts, List<String> codes, List<Integer> codesPerPage, float pageWidth,
                        float pageHeight) {

        public int pages() {
            return pageTexts.size();
        }
    }

    private PrintedCodes() {
    }

    public static Sheet read(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            PDFTextStripper text = new PDFTextStripper();
            List<String> pageTexts = new ArrayList<>();
            List<String> codes = new ArrayList<>();
            List<Integer> perPage = new ArrayList<>();
            PDPage first = document.getPage(0);
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                text.setStartPage(i + 1);
                text.setEndPage(i + 1);
                pageTexts.add(text.getText(document));
                int before = codes.size();
                codes.addAll(decodeGrid(renderer, i, document.getPage(i).getMediaBox().getWidth(),
                        document.getPage(i).getMediaBox().getHeight()));
                perPage.add(codes.size() - before);
            }
            return new Sheet(pageTexts, codes, perPage, first.getMediaBox().getWidth(), first.getMediaBox().getHeight());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> decodeGrid(PDFRenderer renderer, int page, float widthPt, float heightPt)
            throws IOException {
        float cellWidth = (widthPt - 2 * MARGIN) / COLUMNS;
        float cellHeight = (heightPt - MARGIN - HEADER - FOOTER) / ROWS;
        BufferedImage[] renderings = new BufferedImage[DPIS.length];
        List<String> found = new ArrayList<>();
        QRCodeReader reader = new QRCodeReader();
        for (int row = 0; row < ROWS; row++) {
            for (int column = 0; column < COLUMNS; column++) {
                String text = null;
                ReaderException failure = null;
                for (int d = 0; d < DPIS.length && text == null; d++) {
                    if (renderings[d] == null) {
                        renderings[d] = renderer.renderImageWithDPI(page, DPIS[d], ImageType.GRAY);
                    }
                    float scale = DPIS[d] / 72f;
                    BufferedImage image = renderings[d];
                    int x = Math.round((MARGIN + column * cellWidth) * scale);
                    int y = Math.round((MARGIN + HEADER + row * cellHeight) * scale);
                    BufferedImage cell = image.getSubimage(x, y, Math.min(Math.round(cellWidth * scale), image.getWidth() - x),
                            Math.min(Math.round(cellHeight * scale), image.getHeight() - y));
                    if (blank(cell)) {
                        break;
                    }
                    for (Map<DecodeHintType, Object> hints : HINTS) {
                        try {
                            text = reader.decode(new BinaryBitmap(new HybridBinarizer(
                                    new BufferedImageLuminanceSource(cell))), hints).getText();
                            break;
                        } catch (ReaderException e) {
                            failure = e;
                        } finally {
                            reader.reset();
                        }
                    }
                }
                if (text != null) {
                    found.add(text);
                } else if (failure != null) {
                    throw new AssertionError("Page cell " + row + "/" + column + " holds a code no reader can decode",
                            failure);
                }
            }
        }
        return found;
    }

    private static boolean blank(BufferedImage cell) {
        for (int y = 0; y < cell.getHeight(); y++) {
            for (int x = 0; x < cell.getWidth(); x++) {
                if ((cell.getRGB(x, y) & 0xff) < 128) {
                    return false;
                }
            }
        }
        return true;
    }
}
