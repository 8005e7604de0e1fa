package com.scanport.cart;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One session of a shopper's history: its cart, times and end, its items, and its total: what
 * was paid for a session checked out, else what its items come to at today's prices.
 */
public record SessionHistory(long sessionId, long cartId, boolean isActive, Instant createdAt, Instant endedAt,
                             String endedBy, BigDecimal total, Long transactionId, List<SessionItemView> items) {
}
