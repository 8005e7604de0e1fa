package com.scanport.platform;

import java.time.Duration;

/**
 * Periodic work a feature declares (a CDI bean implementing this): {@link Housekeeping} finds
 * every declaration and runs each on the managed scheduled executor, first after one interval.
 * A sweep that throws is logged and runs again at its next turn.
 */
public interface Sweep {

    /** What the log calls it. */
    String name();

    /** The pause between the end of one run and the start of the next. */
    Duration every();

    void sweep();
}
