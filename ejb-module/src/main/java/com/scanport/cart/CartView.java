package com.scanport.cart;

import java.time.Instant;

/** A cart as admins see it. */
public record CartView(long cartId, String status, Instant createdAt, Instant changedAt) {
}
