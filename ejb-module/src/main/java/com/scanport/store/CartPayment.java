package com.scanport.store;

import java.math.BigDecimal;

/** What a cart's checkout paid: the ledger transaction and its amount, or an earlier checkout's under the same retry key. */
public record CartPayment(long transactionId, BigDecimal amount, boolean retried) {
}
