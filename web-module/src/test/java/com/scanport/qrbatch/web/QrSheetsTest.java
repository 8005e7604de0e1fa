package com.scanport.qrbatch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.scanport.qrbatch.QrSheets;
import com.scanport.testing.PrintedCodes;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The printed sheet, read back by another renderer and another decoder. */
class QrSheetsTest {

    private static final QrSheets.Header HEADER = new QrSheets.Header("Scanport QR codes, 2026-12-01",
            "Each code opens its owner's page at http://127.0.0.1:8080/owners/...", "Stored as batch 7");

    @Test
    void everyCodeOnEveryPageScansToItsContent() {
        List<String> contents = IntStream.range(0, 71)
                .mapToObj(i -> "http://127.0.0.1:8080/owners/" + "AbCdEfGhIjKlMnOpQrSt" + String.format("%02d", i))
                .toList();
        List<Integer> pagesDone = new ArrayList<>();
        byte[] pdf = QrSheets.render(contents, HEADER, pagesDone::add);

        PrintedCodes.Sheet sheet = PrintedCodes.read(pdf);
        assertEquals(3, sheet.pages(), "71 codes fill two pages and one more, no empty page after");
        assertEquals(List.of(35, 35, 1), sheet.codesPerPage());
        assertEquals(contents, sheet.codes(), "row by row, in order");
        assertEquals(List.of(35, 70, 71), pagesDone);
        assertEquals(595.3f, sheet.pageWidth(), 0.5f, "A4 portrait");
        assertEquals(841.9f, sheet.pageHeight(), 0.5f, "A4 portrait");
        for (int page = 0; page < 3; page++) {
            String text = sheet.pageTexts().get(page);
            assertTrue(text.contains("Scanport QR codes, 2026-12-01"), text);
            assertTrue(text.contains("owner's page at http://127.0.0.1:8080/owners/"), text);
            assertTrue(text.contains("Stored as batch 7 - page " + (page + 1) + " of 3"), text);
        }
    }

    @Test
    void aFullPageHasExactlyOnePage() {
        List<String> contents = IntStream.range(0, 35).mapToObj(i -> "https://scanport.example/owners/code" + i).toList();
        assertEquals(1, PrintedCodes.read(QrSheets.render(contents, HEADER, done -> { })).pages());
        assertEquals(29, QrSheets.pages(1000));
    }
}
