package com.scanport.qrbatch.web;

import com.scanport.qrbatch.BatchProgress;

/**
 * {@code GET /qr/progress}: the seed's {@code progress} (0.0 to 100.0), with what the seed
 * leaves out: the batch, its size and state (none, running, done, failed), why it failed.
 */
public record QrProgressAnswer(double progress, String state, Long batch, Integer n, String failure) {

    static QrProgressAnswer of(BatchProgress progress) {
        boolean none = progress == BatchProgress.NONE;
        return new QrProgressAnswer(progress.percent(), progress.state(), none ? null : progress.batchId(),
                none ? null : progress.requested(), progress.failure());
    }
}
