package com.scanport.imaging;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What staff decide about a job's results (seed 001's ConfirmJobEnum). */
public enum ConfirmAction {
    /** Publish the chosen result on the owner's page and at the front of the carousel. */
    CONFIRM,
    /** Drop the results and queue the same photo again. */
    RETRY,
    /** End the job. */
    CANCEL;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ConfirmAction> of(String text) {
        return Arrays.stream(values()).filter(action -> action.wireName().equals(text)).findFirst();
    }
}
