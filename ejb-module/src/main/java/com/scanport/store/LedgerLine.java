package com.scanport.store;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One transaction as an account's owner sees it: the amount signed from their side (negative
 * when it left their account), and who was on the other side (a user's id, or none for the
 * store's own accounts).
 */
public record LedgerLine(long transactionId, String kind, BigDecimal amount, Long counterpartyUserId, String memo,
                         Instant postedAt) {
}
