package com.scanport.qrbatch;

import java.time.Instant;

/**
 * How far a batch has come: {@code state} is running, done or failed; {@code percent} goes
 * from 0 to 100 and never back; {@code failure} says why a failed batch failed.
 */
public record BatchProgress(Long batchId, int requested, String state, double percent, String failure,
                            Instant startedAt, Instant finishedAt) {

    /** What progress reads before the first batch. */
    public static final BatchProgress NONE = new BatchProgress(null, 0, "none", 0.0, null, null, null);
}
