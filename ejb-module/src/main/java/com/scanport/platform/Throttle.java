package com.scanport.platform;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Rate limits for guessable secrets. An attempt is reserved under its key, atomically (the
 * bucket's row is locked), before the secret is checked, so that however many guesses arrive
 * at once, no more than the limit are ever checked in a window: on every instance, since the
 * count lives in the database, and across restarts. A guess that turns out right gives its
 * reservation back ({@link #release}) or clears the key ({@link #reset}).
 *
 * <p>Keys are stored as SHA-256 digests: fixed in length whatever the caller's key holds
 * (a username, an address), and no plain usernames in the table.
 */
@Stateless
public class Throttle {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Clock clock;

    /**
     * Takes one attempt under {@code key}, or throws {@link RateLimitedException} when its window
     * has none left. Two first attempts under one key both try to create its row; the loser's
     * transaction fails and is simply repeated, and then finds the row.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void reserve(String key, int maxAttempts, Duration window) {
        Throttle self = context.getBusinessObject(Throttle.class);
        LostRaces.untilWon(() -> self.reserveOnce(key, maxAttempts, window));
    }

    /** One try of {@link #reserve}, in its own transaction, so that the caller's failure cannot roll it back. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void reserveOnce(String key, int maxAttempts, Duration window) {
        Instant now = clock.instant();
        String digest = digest(key);
        RateLimitBucket bucket = em.find(RateLimitBucket.class, digest, LockModeType.PESSIMISTIC_WRITE);
        if (bucket == null) {
            bucket = new RateLimitBucket(digest, now);
            em.persist(bucket);
            LostRaces.flush(em);
        }
        long blocked = bucket.reserve(maxAttempts, window, now);
        if (blocked > 0) {
            throw new RateLimitedException(blocked);
        }
    }

    /**
     * Takes one attempt under {@code key} in the caller's transaction, which holds the window's
     * row lock until it ends: the attempt counts only if the caller commits. For limits on what
     * requests make (so many per user and window), not on guesses, whose failures must count
     * however the request ends. One commit fewer than {@link #reserve}.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void reserveWithCaller(String key, int maxAttempts, Duration window) {
        Instant now = clock.instant();
        String digest = digest(key);
        RateLimitBucket bucket = em.find(RateLimitBucket.class, digest, LockModeType.PESSIMISTIC_WRITE);
        if (bucket == null) {
            Throttle self = context.getBusinessObject(Throttle.class);
            LostRaces.untilWon(() -> self.open(digest));
            bucket = em.find(RateLimitBucket.class, digest, LockModeType.PESSIMISTIC_WRITE);
        }
        long blocked = bucket.reserve(maxAttempts, window, now);
        if (blocked > 0) {
            throw new RateLimitedException(blocked);
        }
    }

    /** Makes the window of a key, in a transaction of its own, unless another has made it meanwhile. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void open(String digest) {
        if (em.find(RateLimitBucket.class, digest) == null) {
            em.persist(new RateLimitBucket(digest, clock.instant()));
            LostRaces.flush(em);
        }
    }

    /**
     * The seconds until {@code key} may be tried again, or 0 when it may be now. A read only:
     * for secrets whose right guesses must be refused too once the limit is reached, checked
     * before the guess, with {@link #reserve} taken only for a wrong one.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long retryAfter(String key, int maxAttempts, Duration window) {
        RateLimitBucket bucket = em.find(RateLimitBucket.class, digest(key));
        return bucket == null ? 0 : bucket.retryAfter(maxAttempts, window, clock.instant());
    }

    /** Gives back an attempt reserved under {@code key} that turned out not to be a failed guess. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void release(String key) {
        RateLimitBucket bucket = em.find(RateLimitBucket.class, digest(key), LockModeType.PESSIMISTIC_WRITE);
        if (bucket != null) {
            bucket.release();
        }
    }

    /** Forgets every attempt under {@code key}: the right password ends a run of wrong ones. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void reset(String key) {
        em.createQuery("DELETE FROM RateLimitBucket b WHERE b.bucketKey = :key")
                .setParameter("key", digest(key)).executeUpdate();
    }

    public int purgeWindowsStartedBefore(Instant cutoff) {
        return em.createQuery("DELETE FROM RateLimitBucket b WHERE b.windowStart < :cutoff")
                .setParameter("cutoff", cutoff).executeUpdate();
    }

    static String digest(String key) {
        return Secrets.sha256Hex(key);
    }
}
