package com.scanport.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** One movement of money: its two legs are {@link LedgerEntry} rows. */
@Entity
@Table(name = "ledger_transaction")
public class LedgerTransaction {

    static final String OPENING = "opening";
    static final String PURCHASE = "purchase";
    static final String TRANSFER = "transfer";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ledger_transaction_seq")
    @SequenceGenerator(name = "ledger_transaction_seq", sequenceName = "ledger_transaction_seq", allocationSize = 50)
    private Long id;

    @Column(name = "kind", nullable = false)
    private String kind;

    @Column(name = "amount", nullable = false)
    private BigDecimal amount;

    @Column(name = "payer_account_id", nullable = false)
    private long payerAccountId;

    @Column(name = "product_id")
    private Long productId;

    @Column(name = "memo")
    private String memo;

    @Column(name = "idempotency_key")
    private String idempotencyKey;

    @Column(name = "request_digest")
    private String requestDigest;

    @Column(name = "posted_at", nullable = false)
    private Instant postedAt;

    protected LedgerTransaction() {
    }

    LedgerTransaction(String kind, BigDecimal amount, long payerAccountId, Long productId, String memo,
                      RetryKey retryKey, Instant now) {
        this.kind = kind;
        this.amount = amount;
        this.payerAccountId = payerAccountId;
        this.productId = productId;
        this.memo = memo;
        if (retryKey != null) {
            this.idempotencyKey = retryKey.keyDigest();
            this.requestDigest = retryKey.requestDigest();
        }
        this.postedAt = now;
    }

    BigDecimal getAmount() {
        return amount;
    }

    Long getId() {
        return id;
    }

    String getRequestDigest() {
        return requestDigest;
    }

    Instant getPostedAt() {
        return postedAt;
    }
}
