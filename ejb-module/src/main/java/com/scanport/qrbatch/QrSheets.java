package com.scanport.qrbatch;

import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.itextpdf.io.font.constants.StandardFonts;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.CompressionConstants;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.function.IntConsumer;

/**
 * Printable sheets of QR codes: A4 portrait, 5 columns by 7 rows, a header on every page.
 * Codes are vector paths, and each rectangle covers a run of dark modules (merged across
 * rows where the same run repeats), which keeps a sheet of 1,000 codes small and fast.
 */
public final class QrSheets {

    public static final int COLUMNS = 5;
    public static final int ROWS = 7;
    public static final int PER_PAGE = COLUMNS * ROWS;

    /** Codes are printed and scanned from paper: medium error correction (15%) survives smudges. */
    private static final ErrorCorrectionLevel ERROR_CORRECTION = ErrorCorrectionLevel.M;
    /** The light border every QR code needs around it, in modules. */
    private static final int QUIET_ZONE = 4;

    private static final float MARGIN = 28f;
    private static final float HEADER_HEIGHT = 70f;
    private static final float FOOTER = 20f;

    private QrSheets() {
    }

    /** What the header of every page says. */
    public record Header(String title, String leadsTo, String storage) {
    }

    /** The number of pages {@code count} codes fill. */
    public static int pages(int count) {
        return (count + PER_PAGE - 1) / PER_PAGE;
    }

    /**
     * Renders one code per content, in order, and calls {@code pageDone} with the number of
     * codes drawn after each page. Encoding a code (mostly choosing its mask) costs five times
     * what drawing it does, so pages are encoded ahead of the drawing by helper tasks on
     * {@code helpers}, as many as there are other cores; the calling thread encodes whatever
     * no helper has taken, so the sheet gets done even when no helper ever runs.
     */
    public static byte[] render(List<String> contents, Header header, IntConsumer pageDone, Executor helpers) {
        EncodedPages encoded = new EncodedPages(contents);
        int helperCount = Math.min(Runtime.getRuntime().availableProcessors() - 1, encoded.pages() - 1);
        for (int i = 0; i < helperCount; i++) {
            helpers.execute(encoded::encodeUnclaimed);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(8192, contents.size() * 700));
        WriterProperties properties = new WriterProperties()
                .setCompressionLevel(CompressionConstants.BEST_SPEED)
                .setFullCompressionMode(true);
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(out, properties))) {
            PdfFont bold = PdfFontFactory.createFont(StandardFonts.HELVETICA_BOLD);
            PdfFont regular = PdfFontFactory.createFont(StandardFonts.HELVETICA);
            int pages = pages(contents.size());
            for (int page = 0; page < pages; page++) {
                PdfPage pdfPage = pdf.addNewPage(PageSize.A4);
                PdfCanvas canvas = new PdfCanvas(pdfPage);
                drawHeader(canvas, pdfPage.getPageSize(), header, bold, regular, page + 1, pages);
                int first = page * PER_PAGE;
                int last = Math.min(contents.size(), first + PER_PAGE);
                ByteMatrix[] codes = encoded.page(page);
                for (int i = first; i < last; i++) {
                    drawCode(canvas, pdfPage.getPageSize(), i - first, codes[i - first]);
                }
                canvas.release();
                pageDone.accept(last);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The codes of each page, encoded by whichever thread claims the page first. */
    private static final class EncodedPages {

        private final List<String> contents;
        private final AtomicIntegerArray claims;
        private final ByteMatrix[][] pages;
        private final CountDownLatch[] done;
        private volatile RuntimeException failure;

        EncodedPages(List<String> contents) {
            this.contents = contents;
            int count = QrSheets.pages(contents.size());
            claims = new AtomicIntegerArray(count);
            pages = new ByteMatrix[count][];
            done = new CountDownLatch[count];
            for (int i = 0; i < count; i++) {
                done[i] = new CountDownLatch(1);
            }
        }

        int pages() {
            return pages.length;
        }

        void encodeUnclaimed() {
            for (int page = 0; page < pages.length && failure == null; page++) {
                encodeIfUnclaimed(page);
            }
        }

        /** Page {@code page}'s codes: encoded here if no helper took it, else once its helper is done. */
        ByteMatrix[] page(int page) {
            encodeIfUnclaimed(page);
            try {
                done[page].await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while encoding QR codes", e);
            }
            if (failure != null) {
                throw failure;
            }
            return pages[page];
        }

        private void encodeIfUnclaimed(int page) {
            if (!claims.compareAndSet(page, 0, 1)) {
                return;
            }
            try {
                int first = page * PER_PAGE;
                int last = Math.min(contents.size(), first + PER_PAGE);
                ByteMatrix[] codes = new ByteMatrix[last - first];
                for (int i = first; i < last; i++) {
                    codes[i - first] = encode(contents.get(i));
                }
                pages[page] = codes;
            } catch (RuntimeException e) {
                failure = e;
            } finally {
                done[page].countDown();
            }
        }
    }

    static ByteMatrix encode(String content) {
        try {
            return Encoder.encode(content, ERROR_CORRECTION).getMatrix();
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode a QR code of " + content.length() + " characters", e);
        }
    }

    private static void drawHeader(PdfCanvas canvas, Rectangle size, Header header, PdfFont bold, PdfFont regular,
                                   int page, int pages) {
        float top = size.getTop() - MARGIN - 8;
        canvas.beginText()
                .setFontAndSize(bold, 13).moveText(MARGIN, top).showText(header.title())
                .setFontAndSize(regular, 9).moveText(0, -15).showText(header.leadsTo())
                .moveText(0, -12).showText(header.storage() + " - page " + page + " of " + pages)
                .endText();
    }

    /** Draws one code in its cell (0..34, row by row), centred, as filled rectangles in module units. */
    private static void drawCode(PdfCanvas canvas, Rectangle size, int cell, ByteMatrix matrix) {
        float cellWidth = (size.getWidth() - 2 * MARGIN) / COLUMNS;
        float cellHeight = (size.getHeight() - MARGIN - HEADER_HEIGHT - FOOTER) / ROWS;
        int modules = matrix.getWidth() + 2 * QUIET_ZONE;
        float module = Math.min(cellWidth, cellHeight) / modules;
        float side = module * modules;
        float left = MARGIN + (cell % COLUMNS) * cellWidth + (cellWidth - side) / 2 + QUIET_ZONE * module;
        float top = size.getTop() - MARGIN - HEADER_HEIGHT - (cell / COLUMNS) * cellHeight
                - (cellHeight - side) / 2 - QUIET_ZONE * module;
        canvas.saveState();
        // Module units from here on, rows counted downwards: every coordinate is a small integer.
        canvas.concatMatrix(module, 0, 0, -module, left, top);
        addRectangles(canvas, matrix);
        canvas.fill();
        canvas.restoreState();
    }

    /**
     * One rectangle per run of dark modules in a row, grown downwards while the rows below
     * repeat the same run exactly.
     */
    static int addRectangles(PdfCanvas canvas, ByteMatrix matrix) {
        int width = matrix.getWidth();
        int height = matrix.getHeight();
        // Open runs: start column, end column (exclusive), first row; at most one run per two columns.
        int[] open = new int[width * 3 / 2 + 3];
        int openCount = 0;
        int[] next = new int[open.length];
        int rectangles = 0;
        for (int y = 0; y <= height; y++) {
            int nextCount = 0;
            int o = 0;
            int x = 0;
            while (y < height && x < width) {
                if (matrix.get(x, y) != 1) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < width && matrix.get(x, y) == 1) {
                    x++;
                }
                // Close the open runs that lie before this one or differ from it.
                while (o < openCount && open[o] < start) {
                    emit(canvas, open, o, y);
                    rectangles++;
                    o += 3;
                }
                int firstRow = y;
                if (o < openCount && open[o] == start) {
                    if (open[o + 1] == x) {
                        firstRow = open[o + 2];
                    } else {
                        emit(canvas, open, o, y);
                        rectangles++;
                    }
                    o += 3;
                }
                next[nextCount++] = start;
                next[nextCount++] = x;
                next[nextCount++] = firstRow;
            }
            while (o < openCount) {
                emit(canvas, open, o, y);
                rectangles++;
                o += 3;
            }
            int[] swap = open;
            open = next;
            next = swap;
            openCount = nextCount;
        }
        return rectangles;
    }

    private static void emit(PdfCanvas canvas, int[] runs, int at, int endRow) {
        canvas.rectangle(runs[at], runs[at + 2], runs[at + 1] - runs[at], endRow - runs[at + 2]);
    }
}
