package com.scanport.cart;

import java.time.Instant;

/** A shopping session as the seed shows it. */
public record CartSessionView(long sessionId, long userId, long cartId, boolean isActive, Instant createdAt) {
}
