package com.scanport.imaging;

import java.time.Instant;

/** A job's details as staff see them: who and what, its state, and why it failed if it did. */
public record JobSummary(long jobId, String firstName, String lastName, String animalName, String animalType,
                         boolean brokenBone, String state, int resultsNeeded, String failure, Instant changedAt) {

    /** Whether all its results are in, for staff to choose from. */
    public boolean awaitsConfirmation() {
        return ImageJob.REVIEW.equals(state);
    }

    /** Whether its photo could not be processed ({@link #failure} says why). */
    public boolean failed() {
        return ImageJob.FAILED.equals(state);
    }
}
