package com.scanport.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/** One leg of a transaction: the amount an account received (positive) or gave (negative). */
@Entity
@Table(name = "ledger_entry")
@IdClass(LedgerEntry.Key.class)
public class LedgerEntry {

    @Id
    @Column(name = "transaction_id")
    private long transactionId;

    @Id
    @Column(name = "account_id")
    private long accountId;

    @Column(name = "amount", nullable = false)
    private BigDecimal amount;

    @Column(name = "posted_at", nullable = false)
    private Instant postedAt;

    protected LedgerEntry() {
    }

    LedgerEntry(long transactionId, long accountId, BigDecimal amount, Instant postedAt) {
        this.transactionId = transactionId;
        this.accountId = accountId;
        this.amount = amount;
        this.postedAt = postedAt;
    }

    /** The composite key: one leg per account and transaction. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private long transactionId;
        private long accountId;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.transactionId == transactionId && key.accountId == accountId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(transactionId, accountId);
        }
    }
}
