package com.scanport.platform;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.util.Collection;
import java.util.List;

/**
 * The transactional outbox: a use case enqueues its messages in its own transaction,
 * and once that transaction has committed the {@link OutboxRelay} hands them to the
 * broker. Consumers must be idempotent: after a crash a message may arrive twice.
 */
@Stateless
public class Outbox {

    /** Fired once per transaction that enqueued messages; observed after the commit. */
    public record Enqueued() {
    }

    @PersistenceContext
    private EntityManager em;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    @Inject
    private Event<Enqueued> enqueued;

    @Inject
    private Clock clock;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void enqueue(String destination, String body) {
        em.persist(new OutboxMessage(destination, body, clock.instant()));
        // One relay run per transaction, however many messages it enqueues.
        if (transactions.getResource(Enqueued.class) == null) {
            transactions.putResource(Enqueued.class, Boolean.TRUE);
            enqueued.fire(new Enqueued());
        }
    }

    public List<OutboxMessage> oldest(int limit) {
        return em.createQuery("select m from OutboxMessage m order by m.id", OutboxMessage.class)
                .setMaxResults(limit)
                .getResultList();
    }

    public void delete(Collection<Long> ids) {
        em.createQuery("delete from OutboxMessage m where m.id in :ids").setParameter("ids", ids).executeUpdate();
    }

    public long size() {
        return em.createQuery("select count(m) from OutboxMessage m", Long.class).getSingleResult();
    }
}
