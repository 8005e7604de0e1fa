package com.scanport.cart;

import java.util.Arrays;
import java.util.Optional;

/** What a cart is doing, as the seed names it on the wire. */
public enum CartStatus {
    AVAILABLE("available"),
    IN_USE("in use"),
    MAINTENANCE("maintenance"),
    BATTERY_LOW("battery low");

    private final String wire;

    CartStatus(String wire) {
        this.wire = wire;
    }

    /** The status as clients read and send it. */
    public String wire() {
        return wire;
    }

    /** The status a client named, if it is one. */
    public static Optional<CartStatus> of(String wire) {
        return Arrays.stream(values()).filter(status -> status.wire.equals(wire)).findFirst();
    }
}
