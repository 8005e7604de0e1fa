package com.scanport.platform.web;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WaitingReadsTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void anAddressMayHaveAFewSlowReadsAndEachAddressHasItsOwn() {
        WaitingReads waiting = new WaitingReads(2);
        WaitingReads.Wait first = waiting.enter("10.0.0.1", 0);
        assertNotNull(first);
        assertNotNull(waiting.enter("10.0.0.1", 0));
        assertNotNull(waiting.enter("10.0.0.1", SECOND / 2), "no read has waited a second yet");
        long later = SECOND + SECOND / 5;
        assertNull(waiting.enter("10.0.0.1", later), "two reads have waited over a second");
        assertNotNull(waiting.enter("10.0.0.2", later), "another address has its own share");
        waiting.leave("10.0.0.1", first);
        assertNotNull(waiting.enter("10.0.0.1", later), "one slow read left, and one that has waited briefly");
    }

    @Test
    void aBurstOfBriefWaitsIsLimitedToEightTimesTheSlowOnes() {
        WaitingReads waiting = new WaitingReads(2);
        List<WaitingReads.Wait> waits = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            waits.add(waiting.enter("10.0.0.1", i));
        }
        waits.forEach(org.junit.jupiter.api.Assertions::assertNotNull);
        assertNull(waiting.enter("10.0.0.1", 16));
        waiting.leave("10.0.0.1", waits.get(3));
        assertNotNull(waiting.enter("10.0.0.1", 17));
    }
}
