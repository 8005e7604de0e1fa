package com.scanport.platform.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The server threads waiting for request body bytes, by client. A client may have
 * {@code maxSlow} reads that have waited longer than {@link #SLOW}, and eight times as many in
 * all: on a busy machine a fast client's reads wait too, briefly, and a burst of them must not
 * look like a slow client; a slow client's reads soon wait longer than a second. Once
 * {@link #MAX_SHARED} reads wait in all (half of each server's 200 request threads), only a
 * client with none waiting may add one, up to {@link #MAX_ALL}: slow clients at a few addresses
 * cannot have every other client's body refused, and clients at many addresses cannot hold
 * every thread. An IPv6 client is its /64: one host has a whole /64 to send from.
 */
final class WaitingReads {

    /** How long a read waits before it counts as a slow client's rather than a busy machine's. */
    static final Duration SLOW = Duration.ofSeconds(1);
    static final int MAX_SHARED = 100;
    static final int MAX_ALL = 150;

    /** One read's wait; equal waits are interchangeable. */
    record Wait(long sinceNanos) {
    }

    private final int maxSlow;
    private final ConcurrentMap<String, List<Wait>> waiting = new ConcurrentHashMap<>();
    private final AtomicInteger all = new AtomicInteger();

    WaitingReads(int maxSlow) {
        this.maxSlow = maxSlow;
    }

    /** Counts a read from {@code client} ({@link #client}) that may wait, from {@code nowNanos}; null, counting nothing, when it may not. */
    Wait enter(String client, long nowNanos) {
        int total = all.incrementAndGet();
        if (total > MAX_ALL) {
            all.decrementAndGet();
            return null;
        }
        Wait[] entered = {null};
        waiting.compute(client, (key, waits) -> {
            List<Wait> list = waits == null ? new ArrayList<>() : waits;
            long slow = list.stream().filter(wait -> nowNanos - wait.sinceNanos() > SLOW.toNanos()).count();
            if (total > MAX_SHARED ? list.isEmpty() : slow < maxSlow && list.size() < 8L * maxSlow) {
                entered[0] = new Wait(nowNanos);
                list.add(entered[0]);
            }
            return list.isEmpty() ? null : list;
        });
        if (entered[0] == null) {
            all.decrementAndGet();
        }
        return entered[0];
    }

    /** Whether so many reads wait that only clients with none waiting may add one: a refusal then is not for one address alone. */
    boolean crowded() {
        return all.get() >= MAX_SHARED;
    }

    void leave(String client, Wait wait) {
        waiting.computeIfPresent(client, (key, waits) -> {
            waits.remove(wait);
            return waits.isEmpty() ? null : waits;
        });
        all.decrementAndGet();
    }

    /** Who a client address counts as: itself, or an IPv6 address's /64. */
    static String client(String address) {
        if (address.indexOf(':') < 0) {
            return address;
        }
        try {
            byte[] bytes = InetAddress.getByName(address).getAddress();
            return bytes.length == 16 ? HexFormat.of().formatHex(Arrays.copyOf(bytes, 8)) + "::/64" : address;
        } catch (UnknownHostException e) {
            return address;
        }
    }
}
