package com.scanport.qrbatch;

/**
 * How far a batch has come: {@code state} is running, done or failed; {@code percent} goes
 * from 0 to 100 and never back; {@code failure} says why a failed batch failed.
 */
public record BatchProgress(long batchId, int requested, String state, double percent, String failure) {

    /** What progress reads before the first batch. */
    public static final BatchProgress NONE = new BatchProgress(0, 0, "none", 0.0, null);
}
