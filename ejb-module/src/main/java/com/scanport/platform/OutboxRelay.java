package com.scanport.platform;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Hands outbox messages to the broker, oldest first, then deletes them. A message is
 * deleted only after the broker has stored it, so a crash in between sends it again.
 * One relay runs at a time per instance; a request that arrives meanwhile makes it go round again.
 */
@Singleton
@Lock(LockType.READ)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class.getName());
    private static final int BATCH = 500;

    @Resource(name = "jms/scanportConnectionFactory")
    private ConnectionFactory connectionFactory;

    @EJB
    private Outbox outbox;

    @Resource
    private ManagedExecutorService executor;

    @Resource
    private SessionContext context;

    private final AtomicBoolean running = new AtomicBoolean();
    private volatile boolean requested;

    /** Relays what a transaction enqueued once it has committed, on the executor rather than the committing thread. */
    public void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outbox.Enqueued enqueued) {
        OutboxRelay self = context.getBusinessObject(OutboxRelay.class);
        executor.execute(self::relay);
    }

    public void relay() {
        requested = true;
        while (requested && running.compareAndSet(false, true)) {
            try {
                requested = false;
                drain();
            } catch (JMSException | RuntimeException e) {
                LOG.log(Level.WARNING, "Outbox relay stopped; the messages stay queued for the next run", e);
            } finally {
                running.set(false);
            }
        }
    }

    private void drain() throws JMSException {
        List<OutboxMessage> batch = outbox.oldest(BATCH);
        while (!batch.isEmpty()) {
            try (Connection connection = connectionFactory.createConnection()) {
                Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
                try (MessageProducer producer = session.createProducer(null)) {
                    for (OutboxMessage message : batch) {
                        producer.send(session.createQueue(message.getDestination()),
                                session.createTextMessage(message.getBody()));
                    }
                }
            }
            outbox.delete(batch.stream().map(OutboxMessage::getId).toList());
            batch = outbox.oldest(BATCH);
        }
    }
}
