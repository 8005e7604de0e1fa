package com.scanport.platform;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * The transactional outbox: a use case enqueues its messages in its own transaction,
 * and once that transaction has committed the {@link OutboxRelay} hands them to the
 * broker. Consumers must be idempotent: after a crash a message may arrive twice.
 */
@Stateless
public class Outbox {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    @Resource
    private ManagedExecutorService executor;

    @EJB
    private OutboxRelay relay;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void enqueue(String destination, String body) {
        em.persist(new OutboxMessage(destination, body, Instant.now()));
        // One relay run per transaction, however many messages it enqueues.
        if (transactions.getResource(RelayAfterCommit.class) == null) {
            transactions.putResource(RelayAfterCommit.class, Boolean.TRUE);
            transactions.registerInterposedSynchronization(new RelayAfterCommit());
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

    private final class RelayAfterCommit implements Synchronization {

        @Override
        public void beforeCompletion() {
            // nothing to do before the commit
        }

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
                executor.execute(relay::relay);
            }
        }
    }
}
