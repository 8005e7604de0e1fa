package com.scanport.platform;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sends probes through the broker and records what came back. Each probe row and its
 * outbox message commit together: no probe without its message, no message without its probe.
 */
@Stateless
public class BrokerProbes {

    /** Physical queue name; the listener's activation config names the same queue. */
    public static final String QUEUE = "scanport.platform.broker-probe";
    public static final int MAX_BATCH = 1000;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private Outbox outbox;

    @Inject
    private Clock clock;

    public List<Long> send(int count) {
        if (count < 1 || count > MAX_BATCH) {
            throw new InvalidInputException("count must be between 1 and " + MAX_BATCH,
                    Map.of("count", "must be between 1 and " + MAX_BATCH));
        }
        Instant now = clock.instant();
        List<BrokerProbe> probes = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            BrokerProbe probe = new BrokerProbe(now);
            em.persist(probe);
            probes.add(probe);
        }
        em.flush();
        for (BrokerProbe probe : probes) {
            outbox.enqueue(QUEUE, BrokerProbeMessage.toJson(probe.getId()));
        }
        return probes.stream().map(BrokerProbe::getId).toList();
    }

    /** Called by the listener; a probe that is not (yet) visible makes the delivery fail and be retried. */
    public void markReceived(long probeId) {
        BrokerProbe probe = em.find(BrokerProbe.class, probeId);
        if (probe == null) {
            throw new IllegalStateException("No broker probe " + probeId);
        }
        probe.markReceived(clock.instant());
    }

    public Optional<BrokerProbeView> find(long probeId) {
        return Optional.ofNullable(em.find(BrokerProbe.class, probeId)).map(BrokerProbeView::of);
    }

    public BrokerProbeReport report() {
        Object[] counts = (Object[]) em.createQuery("select count(p), count(p.receivedAt) from BrokerProbe p")
                .getSingleResult();
        long sent = ((Number) counts[0]).longValue();
        long received = ((Number) counts[1]).longValue();
        Instant lastReceivedAt = em.createQuery("select p.receivedAt from BrokerProbe p"
                        + " where p.receivedAt is not null order by p.receivedAt desc", Instant.class)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElse(null);
        return new BrokerProbeReport(sent, received, sent - received, lastReceivedAt);
    }

    /** Housekeeping: probes that arrived long ago say nothing any more. */
    public int purgeReceivedBefore(Instant cutoff) {
        return em.createQuery("delete from BrokerProbe p where p.receivedAt < :cutoff")
                .setParameter("cutoff", cutoff)
                .executeUpdate();
    }
}
