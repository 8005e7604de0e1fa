package com.scanport.cart;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A session at its end: how it ended ({@code checkout} or {@code admin}), what was paid (0 for
 * an empty cart, none when an admin ended it) and the ledger transaction that paid it.
 */
public record CheckoutView(long sessionId, long userId, long cartId, boolean isActive, Instant createdAt,
                           Instant endedAt, String endedBy, BigDecimal total, Long transactionId) {
}
