package com.scanport.qrbatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What a batch reports as it runs, finishes, fails, or goes silent because its server died. */
class QrBatchTest {

    private static final Instant START = Instant.parse("2026-12-01T10:00:00Z");
    private static final Duration SILENCE = QrBatches.SILENCE;

    @Test
    void aRunningBatchReportsTheShareDrawnAndOnlyAFinishedOneReaches100() {
        QrBatch batch = new QrBatch(1000, "http://desk", START);
        assertEquals(0.0, batch.progress(START, SILENCE).percent());
        assertEquals("running", batch.progress(START, SILENCE).state());
        batch.finish(START.plusMillis(400));
        BatchProgress done = batch.progress(START.plusSeconds(3600), SILENCE);
        assertEquals(100.0, done.percent());
        assertEquals("done", done.state());
        assertEquals(START.plusMillis(400), done.finishedAt());
        assertFalse(batch.isStalled(START.plusSeconds(3600), SILENCE), "a finished batch never stalls");
    }

    @Test
    void aBatchSilentLongerThanAnyLiveOneIsReportedFailedAndMayBeReplaced() {
        QrBatch batch = new QrBatch(35, "http://desk", START);
        assertFalse(batch.isStalled(START.plus(SILENCE), SILENCE));
        assertTrue(batch.isStalled(START.plus(SILENCE).plusMillis(1), SILENCE));
        BatchProgress stalled = batch.progress(START.plus(SILENCE).plusSeconds(1), SILENCE);
        assertEquals("failed", stalled.state());
        assertEquals(QrBatches.STALLED, stalled.failure());
        assertNull(stalled.finishedAt());
    }

    @Test
    void aFailedBatchKeepsItsReasonAndNeverReports100() {
        QrBatch batch = new QrBatch(35, "http://desk", START);
        batch.fail("Generating the batch failed", START.plusSeconds(1));
        BatchProgress failed = batch.progress(START.plusSeconds(2), SILENCE);
        assertEquals("failed", failed.state());
        assertEquals("Generating the batch failed", failed.failure());
        assertEquals(0.0, failed.percent());
    }

    @Test
    void ownerCodesAre128RandomBitsInBase64url() {
        String code = OwnerCode.random();
        assertEquals(22, code.length());
        assertTrue(OwnerCode.wellFormed(code), code);
        assertFalse(OwnerCode.wellFormed(code + "A"));
        assertFalse(OwnerCode.wellFormed("../../etc/passwd/xxxxx"));
        assertFalse(OwnerCode.wellFormed(null));
        assertFalse(code.equals(OwnerCode.random()));
    }
}
