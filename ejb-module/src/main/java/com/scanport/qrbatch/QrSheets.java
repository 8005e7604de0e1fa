package com.scanport.qrbatch;

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
import com.scanport.platform.QrMatrices;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
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
     * codes drawn after each page.
     */
    public static byte[] render(List<String> contents, Header header, IntConsumer pageDone) {
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
                for (int i = first; i < last; i++) {
                    drawCode(canvas, pdfPage.getPageSize(), i - first, QrMatrices.encode(contents.get(i)));
                }
                canvas.release();
                pageDone.accept(last);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
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
    private static void drawCode(PdfCanvas canvas, Rectangle size, int cell, QrMatrices.Modules matrix) {
        float cellWidth = (size.getWidth() - 2 * MARGIN) / COLUMNS;
        float cellHeight = (size.getHeight() - MARGIN - HEADER_HEIGHT - FOOTER) / ROWS;
        int modules = matrix.size() + 2 * QUIET_ZONE;
        float module = Math.min(cellWidth, cellHeight) / modules;
        float side = module * modules;
        float left = MARGIN + (cell % COLUMNS) * cellWidth + (cellWidth - side) / 2 + QUIET_ZONE * module;
        float top = size.getTop() - MARGIN - HEADER_HEIGHT - (cell / COLUMNS) * cellHeight
                - (cellHeight - side) / 2 - QUIET_ZONE * module;
        canvas.saveState();
        // Module units from here on, rows counted downwards: every coordinate is a small integer,
        // written straight into the content stream ("x y w h re"), one path filled once.
        canvas.concatMatrix(module, 0, 0, -module, left, top);
        canvas.getContentStream().getOutputStream().writeBytes(rectangles(matrix));
        canvas.fill();
        canvas.restoreState();
    }

    /**
     * One rectangle per run of dark modules in a row, grown downwards while the rows below
     * repeat the same run exactly: PDF path operators, in module units.
     */
    static byte[] rectangles(QrMatrices.Modules matrix) {
        int size = matrix.size();
        Path path = new Path(size * size * 2);
        // Open runs: start column, end column (exclusive), first row; at most one run per two columns.
        int[] open = new int[size * 3 / 2 + 3];
        int openCount = 0;
        int[] next = new int[open.length];
        for (int y = 0; y <= size; y++) {
            int nextCount = 0;
            int o = 0;
            int x = 0;
            while (y < size && x < size) {
                if (!matrix.isDark(x, y)) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < size && matrix.isDark(x, y)) {
                    x++;
                }
                // Close the open runs that lie before this one or differ from it.
                while (o < openCount && open[o] < start) {
                    path.rectangle(open, o, y);
                    o += 3;
                }
                int firstRow = y;
                if (o < openCount && open[o] == start) {
                    if (open[o + 1] == x) {
                        firstRow = open[o + 2];
                    } else {
                        path.rectangle(open, o, y);
                    }
                    o += 3;
                }
                next[nextCount++] = start;
                next[nextCount++] = x;
                next[nextCount++] = firstRow;
            }
            while (o < openCount) {
                path.rectangle(open, o, y);
                o += 3;
            }
            int[] swap = open;
            open = next;
            next = swap;
            openCount = nextCount;
        }
        return path.bytes();
    }

    /** PDF path operators in ASCII, for whole numbers below 1000 only: a code's module coordinates. */
    private static final class Path {

        private byte[] bytes;
        private int length;

        Path(int capacity) {
            bytes = new byte[capacity];
        }

        /** {@code x y w h re} for the open run at {@code at}, ending above {@code endRow}. */
        void rectangle(int[] runs, int at, int endRow) {
            if (length + 20 > bytes.length) {
                bytes = Arrays.copyOf(bytes, bytes.length * 2);
            }
            number(runs[at]);
            number(runs[at + 2]);
            number(runs[at + 1] - runs[at]);
            number(endRow - runs[at + 2]);
            bytes[length++] = 'r';
            bytes[length++] = 'e';
            bytes[length++] = '\n';
        }

        private void number(int value) {
            if (value >= 100) {
                bytes[length++] = (byte) ('0' + value / 100);
            }
            if (value >= 10) {
                bytes[length++] = (byte) ('0' + value / 10 % 10);
            }
            bytes[length++] = (byte) ('0' + value % 10);
            bytes[length++] = ' ';
        }

        byte[] bytes() {
            return Arrays.copyOf(bytes, length);
        }
    }
}
