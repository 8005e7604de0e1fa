package com.scanport.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * A store session: a token the client chose, bound to an account by the store's login. Only
 * the token's SHA-256 is kept (the token is at least 16 characters the client made up; a
 * database dump must not hand out sessions). It ends when idle too long, at its absolute
 * expiry, or when the account's password changes (its token generation moves on).
 */
@Entity
@Table(name = "store_session")
public class StoreSession {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "store_session_seq")
    @SequenceGenerator(name = "store_session_seq", sequenceName = "store_session_seq", allocationSize = 50)
    private Long id;

    @Column(name = "token_hash", nullable = false)
    private String tokenHash;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "token_generation", nullable = false)
    private int tokenGeneration;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_used_at", nullable = false)
    private Instant lastUsedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected StoreSession() {
    }

    StoreSession(String tokenHash, long userId, int tokenGeneration, Instant now, Duration lifetime) {
        this.tokenHash = tokenHash;
        begin(userId, tokenGeneration, now, lifetime);
    }

    /** Starts afresh: a login with a token the same account already holds renews it. */
    void begin(long userId, int tokenGeneration, Instant now, Duration lifetime) {
        this.userId = userId;
        this.tokenGeneration = tokenGeneration;
        this.createdAt = now;
        this.lastUsedAt = now;
        this.expiresAt = now.plus(lifetime);
    }

    boolean isLive(Instant now, Duration idleLimit) {
        return now.isBefore(expiresAt) && now.isBefore(lastUsedAt.plus(idleLimit));
    }

    /**
     * Marks the session used. The row is written only once a minute (or a tenth of the idle
     * limit, if shorter), not on every request: the idle limit need not be kept to the second.
     */
    void touch(Instant now, Duration idleLimit) {
        Duration step = idleLimit.dividedBy(10).compareTo(Duration.ofMinutes(1)) < 0
                ? idleLimit.dividedBy(10) : Duration.ofMinutes(1);
        if (!now.isBefore(lastUsedAt.plus(step))) {
            lastUsedAt = now;
        }
    }

    /** Carries on under a new token; its absolute expiry stays where it was. */
    void rename(String newTokenHash) {
        tokenHash = newTokenHash;
    }

    /** Carries on after its account's password changed, under the new token generation. */
    void survivePasswordChange(int newGeneration) {
        tokenGeneration = newGeneration;
    }

    Long getId() {
        return id;
    }

    long getUserId() {
        return userId;
    }

    int getTokenGeneration() {
        return tokenGeneration;
    }
}
