package com.scanport.qrbatch.web;

import com.scanport.qrbatch.BatchProgress;
import java.time.Instant;

/**
 * {@code GET /qr/progress}: the seed's {@code progress} (0.0 to 100.0), with what the seed
 * leaves out: the batch, its size and state (none, running, done, failed), why it failed, and
 * when it started and finished.
 */
public record QrProgressAnswer(double progress, String state, Long batch, Integer n, String failure,
                               Instant startedAt, Instant finishedAt) {

    static QrProgressAnswer of(BatchProgress progress) {
        return new QrProgressAnswer(progress.percent(), progress.state(), progress.batchId(),
                progress.batchId() == null ? null : progress.requested(), progress.failure(), progress.startedAt(), progress.finishedAt());
    }
}
