package com.scanport.platform;

import java.time.Instant;

public record BrokerProbeView(long probeId, Instant sentAt, Instant receivedAt) {

    static BrokerProbeView of(BrokerProbe probe) {
        return new BrokerProbeView(probe.getId(), probe.getSentAt(), probe.getReceivedAt());
    }
}
