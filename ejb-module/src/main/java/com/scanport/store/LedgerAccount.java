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

/**
 * An account of the ledger: a user's, or one of the two the store keeps (the issuer of opening
 * balances and the revenue from sales). Balances change only by conditional updates in
 * {@link Ledger}, never through this object.
 */
@Entity
@Table(name = "ledger_account")
public class LedgerAccount {

    static final long ISSUER = 1;
    static final long REVENUE = 2;
    static final String USER = "user";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ledger_account_seq")
    @SequenceGenerator(name = "ledger_account_seq", sequenceName = "ledger_account_seq", allocationSize = 50)
    private Long id;

    @Column(name = "kind", nullable = false)
    private String kind;

    @Column(name = "user_id")
    private Long userId;

    @Column(name = "balance", nullable = false)
    private BigDecimal balance;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    protected LedgerAccount() {
    }

    /** A user's account opens empty; its opening balance arrives as a transaction from the issuer. */
    LedgerAccount(long userId, Instant now) {
        this.kind = USER;
        this.userId = userId;
        this.balance = BigDecimal.ZERO;
        this.openedAt = now;
    }

    Long getId() {
        return id;
    }
}
