package com.scanport.platform;

import java.time.Instant;

/** How many probes went through the broker, how many are still on their way, and when the last one arrived. */
public record BrokerProbeReport(long sent, long received, long pending, Instant lastReceivedAt) {
}
