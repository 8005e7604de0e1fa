package com.scanport.platform.web;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** How many server threads wait for request body bytes from each client address, up to a limit per address. */
final class WaitingReads {

    private final int maxPerAddress;
    private final ConcurrentMap<String, Integer> waiting = new ConcurrentHashMap<>();

    WaitingReads(int maxPerAddress) {
        this.maxPerAddress = maxPerAddress;
    }

    /** Counts one more waiting read from {@code address}; false, counting nothing, when it already has the most. */
    boolean enter(String address) {
        boolean[] entered = {false};
        waiting.compute(address, (key, count) -> {
            int now = count == null ? 0 : count;
            entered[0] = now < maxPerAddress;
            return entered[0] ? now + 1 : count;
        });
        return entered[0];
    }

    void leave(String address) {
        waiting.computeIfPresent(address, (key, count) -> count == 1 ? null : count - 1);
    }
}
