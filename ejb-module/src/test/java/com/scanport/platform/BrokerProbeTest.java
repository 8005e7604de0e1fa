package com.scanport.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class BrokerProbeTest {

    private final Instant sent = Instant.parse("2026-12-01T12:00:00Z");

    @Test
    void aRedeliveredProbeKeepsItsFirstArrival() {
        BrokerProbe probe = new BrokerProbe(sent);
        probe.markReceived(sent.plusSeconds(1));
        probe.markReceived(sent.plusSeconds(30));
        assertEquals(sent.plusSeconds(1), probe.getReceivedAt());
        assertEquals(sent, probe.getSentAt());
    }

    @Test
    void theMessageIsSmallJsonNamingTheProbe() {
        assertEquals("{\"probe_id\":42}", BrokerProbeMessage.toJson(42));
        assertEquals(42, BrokerProbeMessage.probeIdOf("{\"probe_id\":42}"));
        assertThrows(RuntimeException.class, () -> BrokerProbeMessage.probeIdOf("{\"probe\":42}"),
                "a message it cannot read makes the delivery fail, to be redelivered and dead-lettered");
    }
}
