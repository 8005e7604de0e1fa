package com.scanport.platform;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
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
 * Rate limits for guessable secrets: failed attempts are counted per key in the database,
 * so every instance of a cluster shares the count and a restart does not reset it.
 */
@Stateless
public class Throttle {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Clock clock;

    /** Throws {@link RateLimitedException} when {@code key} has used up its attempts in this window. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public void ensureAllowed(String key, int maxAttempts, Duration window) {
        RateLimitBucket bucket = em.find(RateLimitBucket.class, key);
        if (bucket != null) {
            long blocked = bucket.secondsBlocked(maxAttempts, window, clock.instant());
            if (blocked > 0) {
                throw new RateLimitedException(blocked);
            }
        }
    }

    /** Counts a failed attempt in its own transaction, so that the caller's failure cannot roll it back. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordFailure(String key, Duration window) {
        Instant now = clock.instant();
        RateLimitBucket bucket = em.find(RateLimitBucket.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (bucket == null) {
            bucket = new RateLimitBucket(key, now);
            em.persist(bucket);
        }
        bucket.recordAttempt(window, now);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void reset(String key) {
        em.createQuery("DELETE FROM RateLimitBucket b WHERE b.bucketKey = :key").setParameter("key", key).executeUpdate();
    }

    public int purgeWindowsStartedBefore(Instant cutoff) {
        return em.createQuery("DELETE FROM RateLimitBucket b WHERE b.windowStart < :cutoff")
                .setParameter("cutoff", cutoff).executeUpdate();
    }

    /**
     * Records a failure for each key. Two first failures under one key at the same moment
     * both try to create its row; the loser's transaction fails and is simply repeated.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void recordFailures(Duration window, String... keys) {
        Throttle self = context.getBusinessObject(Throttle.class);
        for (String key : keys) {
            try {
                self.recordFailure(key, window);
            } catch (EJBException e) {
                self.recordFailure(key, window);
            }
        }
    }
}
