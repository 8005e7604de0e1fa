package com.scanport.cart;

import java.math.BigDecimal;
import java.util.List;

/** What a session holds: its lines, in the order they were first added, and their total. */
public record SessionItems(long sessionId, boolean isActive, List<SessionItemView> items, BigDecimal total) {
}
