package com.scanport.platform.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WaitingReadsTest {

    @Test
    void eachAddressWaitsForAtMostItsShareAndGetsItBackOnLeaving() {
        WaitingReads waiting = new WaitingReads(2);
        assertTrue(waiting.enter("10.0.0.1"));
        assertTrue(waiting.enter("10.0.0.1"));
        assertFalse(waiting.enter("10.0.0.1"));
        assertTrue(waiting.enter("10.0.0.2"), "another address has its own share");
        waiting.leave("10.0.0.1");
        assertTrue(waiting.enter("10.0.0.1"));
        assertFalse(waiting.enter("10.0.0.1"));
        waiting.leave("10.0.0.1");
        waiting.leave("10.0.0.1");
        assertTrue(waiting.enter("10.0.0.1"));
        assertTrue(waiting.enter("10.0.0.1"));
    }
}
