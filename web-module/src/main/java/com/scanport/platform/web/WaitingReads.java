package com.scanport.platform.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The server threads waiting for request body bytes from each client address. An address may
 * have {@code maxSlow} reads that have waited longer than {@link #SLOW}, and eight times as many
 * in all: on a busy machine a fast client's reads wait too, briefly, and a burst of them must
 * not look like a slow client; a slow client's reads soon wait longer than a second.
 */
final class WaitingReads {

    /** How long a read waits before it counts as a slow client's rather than a busy machine's. */
    static final Duration SLOW = Duration.ofSeconds(1);

    /** One read's wait; equal waits are interchangeable. */
    record Wait(long sinceNanos) {
    }

    private final int maxSlow;
    private final ConcurrentMap<String, List<Wait>> waiting = new ConcurrentHashMap<>();

    WaitingReads(int maxSlow) {
        this.maxSlow = maxSlow;
    }

    /** Counts a read from {@code address} that may wait, from {@code nowNanos}; null, counting nothing, when the address has its most. */
    Wait enter(String address, long nowNanos) {
        Wait[] entered = {null};
        waiting.compute(address, (key, waits) -> {
            List<Wait> list = waits == null ? new ArrayList<>() : waits;
            long slow = list.stream().filter(wait -> nowNanos - wait.sinceNanos() > SLOW.toNanos()).count();
            if (slow < maxSlow && list.size() < 8L * maxSlow) {
                entered[0] = new Wait(nowNanos);
                list.add(entered[0]);
            }
            return list.isEmpty() ? null : list;
        });
        return entered[0];
    }

    void leave(String address, Wait wait) {
        waiting.computeIfPresent(address, (key, waits) -> {
            waits.remove(wait);
            return waits.isEmpty() ? null : waits;
        });
    }
}
