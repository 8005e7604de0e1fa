package com.scanport.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assertions;
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
        waits.forEach(Assertions::assertNotNull);
        assertNull(waiting.enter("10.0.0.1", 16));
        waiting.leave("10.0.0.1", waits.get(3));
        assertNotNull(waiting.enter("10.0.0.1", 17));
    }

    @Test
    void pastHalfTheThreadsOnlyClientsWithNoneWaitingMayWaitAndNeverPastThreeQuarters() {
        WaitingReads waiting = new WaitingReads(8);
        List<WaitingReads.Wait> waits = new ArrayList<>();
        for (int i = 0; i < WaitingReads.MAX_SHARED; i++) {
            waits.add(waiting.enter("10.0.1." + (i % 2), i));
        }
        waits.forEach(Assertions::assertNotNull);
        assertTrue(waiting.crowded());
        assertNull(waiting.enter("10.0.1.0", 0), "a client already waiting gets no more once the server is crowded");
        for (int i = 0; i < WaitingReads.MAX_ALL - WaitingReads.MAX_SHARED; i++) {
            assertNotNull(waiting.enter("10.0.2." + i, 0), "a client with nothing waiting still may");
        }
        assertNull(waiting.enter("10.0.3.1", 0), "but no read past three quarters of the threads");
        waiting.leave("10.0.1.1", waits.get(7));
        assertNotNull(waiting.enter("10.0.3.1", 0));
    }

    @Test
    void anIpv6ClientIsItsSlash64() {
        assertEquals(WaitingReads.client("2001:db8:1:2::1"), WaitingReads.client("2001:db8:1:2:ffff::9"));
        assertNotEquals(WaitingReads.client("2001:db8:1:2::1"), WaitingReads.client("2001:db8:1:3::1"));
        assertEquals("192.0.2.1", WaitingReads.client("192.0.2.1"));
        WaitingReads waiting = new WaitingReads(1);
        assertNotNull(waiting.enter(WaitingReads.client("2001:db8:1:2::1"), 0));
        assertNull(waiting.enter(WaitingReads.client("2001:db8:1:2::99"), 2 * SECOND),
                "the same /64 has waited over a second");
    }
}
