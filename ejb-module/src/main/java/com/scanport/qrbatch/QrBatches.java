package com.scanport.qrbatch;

import com.scanport.platform.ConflictException;
import com.scanport.platform.Constraints;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The desk's QR batches: starting one (one at a time, across every instance), generating it
 * on the managed executor, reporting its progress, handing out its sheet, and looking up the
 * owner codes it printed.
 */
@Stateless
public class QrBatches {

    public static final int MAX_CODES = 1000;
    static final String BUSY = "QR codes are being generated already; check the progress at /qr/progress";
    static final String STALLED = "The server generating the batch stopped; start it again";
    /** A running batch reports at least this often (after every page); one silent longer has stopped. */
    static final Duration SILENCE = Duration.ofSeconds(20);
    private static final Duration REPORT_EVERY = Duration.ofMillis(200);
    private static final int CODES_PER_INSERT = 100;
    private static final Logger LOG = Logger.getLogger(QrBatches.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    private ManagedExecutorService executor;

    @Inject
    private Clock clock;

    /**
     * Starts a batch of {@code count} codes leading to {@code baseUrl + "/owners/<code>"} and
     * returns at once; the batch is generated in the background.
     *
     * @throws ConflictException while another batch is being generated
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long start(int count, String baseUrl) {
        QrBatches self = context.getBusinessObject(QrBatches.class);
        long batchId;
        try {
            batchId = self.open(count, baseUrl);
        } catch (RuntimeException e) {
            // The desk's row is held while a finishing batch stores its sheet; H2 stops waiting after two seconds.
            if (Constraints.lockTimedOut(e)) {
                throw new ConflictException(BUSY);
            }
            throw e;
        }
        try {
            executor.execute(() -> self.generate(batchId));
        } catch (RejectedExecutionException e) {
            self.fail(batchId, "The server could not start generating the batch");
            throw e;
        }
        return batchId;
    }

    /** One step of {@link #start}: takes the desk's slot, failing a stalled batch that still holds it. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long open(int count, String baseUrl) {
        if (count < 1 || count > MAX_CODES) {
            throw new IllegalArgumentException("A batch holds 1 to " + MAX_CODES + " codes");
        }
        Instant now = clock.instant();
        QrDesk desk = em.find(QrDesk.class, QrDesk.ID, LockModeType.PESSIMISTIC_WRITE);
        Long running = desk.runningBatchId();
        if (running != null) {
            QrBatch batch = em.find(QrBatch.class, running, LockModeType.PESSIMISTIC_WRITE);
            if (batch.isRunning() && !batch.isStalled(now, SILENCE)) {
                throw new ConflictException(BUSY);
            }
            if (batch.isRunning()) {
                batch.fail(STALLED, now);
            }
            desk.release(running);
        }
        QrBatch batch = new QrBatch(count, baseUrl, now);
        em.persist(batch);
        em.flush();
        desk.run(batch.getId());
        return batch.getId();
    }

    /**
     * One step of {@link #start}, on the managed executor: draws the sheet, reporting progress
     * after each page, then stores codes and sheet together. Outside a transaction: drawing
     * holds no connection.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void generate(long batchId) {
        QrBatches self = context.getBusinessObject(QrBatches.class);
        try {
            QrBatch batch = em.find(QrBatch.class, batchId);
            if (!batch.isRunning()) {
                return;
            }
            List<String> codes = new ArrayList<>(batch.getRequested());
            List<String> contents = new ArrayList<>(batch.getRequested());
            for (int i = 0; i < batch.getRequested(); i++) {
                String code = OwnerCode.random();
                codes.add(code);
                contents.add(batch.getBaseUrl() + "/owners/" + code);
            }
            QrSheets.Header header = new QrSheets.Header(
                    "Scanport QR codes, " + LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC),
                    "Each code opens its owner's page: " + batch.getBaseUrl() + "/owners/...",
                    "Stored in Scanport as QR batch " + batchId);
            ProgressReport report = new ProgressReport(self, batchId);
            long started = System.nanoTime();
            byte[] pdf = QrSheets.render(contents, header, report::drawn);
            long drawn = System.nanoTime();
            if (!self.complete(batchId, codes, pdf)) {
                throw new AbandonedException();
            }
            LOG.info(() -> String.format("QR batch %d: %d codes drawn in %d ms, stored in %d ms, %d bytes", batchId,
                    codes.size(), (drawn - started) / 1_000_000, (System.nanoTime() - drawn) / 1_000_000, pdf.length));
        } catch (AbandonedException e) {
            LOG.info(() -> "QR batch " + batchId + " was failed while it ran; its sheet is dropped");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "QR batch " + batchId + " failed", e);
            self.fail(batchId, "Generating the batch failed");
        }
    }

    /** Reports progress at most every {@link #REPORT_EVERY}, and stops a batch that was failed meanwhile. */
    private final class ProgressReport {

        private final QrBatches self;
        private final long batchId;
        private Instant last;

        ProgressReport(QrBatches self, long batchId) {
            this.self = self;
            this.batchId = batchId;
            this.last = clock.instant();
        }

        void drawn(int codes) {
            Instant now = clock.instant();
            if (now.isBefore(last.plus(REPORT_EVERY))) {
                return;
            }
            last = now;
            if (!self.advance(batchId, codes)) {
                throw new AbandonedException();
            }
        }
    }

    /** The batch is no longer running (an instance found it stalled): its work is dropped. Never leaves this bean. */
    private static final class AbandonedException extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    /** Records progress; false when the batch is no longer running. Never moves progress back. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean advance(long batchId, int drawn) {
        return em.createQuery("UPDATE QrBatch b SET b.done = :drawn, b.heartbeatAt = :now "
                        + "WHERE b.id = :id AND b.state = :running AND b.done <= :drawn")
                .setParameter("drawn", drawn)
                .setParameter("now", clock.instant())
                .setParameter("id", batchId)
                .setParameter("running", QrBatch.RUNNING)
                .executeUpdate() == 1;
    }

    /**
     * Stores the codes and the sheet and marks the batch done, all at once; false (and nothing
     * stored) when the batch was failed meanwhile.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean complete(long batchId, List<String> codes, byte[] pdf) {
        Instant now = clock.instant();
        QrDesk desk = em.find(QrDesk.class, QrDesk.ID, LockModeType.PESSIMISTIC_WRITE);
        QrBatch batch = em.find(QrBatch.class, batchId, LockModeType.PESSIMISTIC_WRITE);
        if (!batch.isRunning()) {
            return false;
        }
        for (int first = 0; first < codes.size(); first += CODES_PER_INSERT) {
            insertCodes(codes.subList(first, Math.min(codes.size(), first + CODES_PER_INSERT)), batchId, now);
        }
        // Only the newest sheet can be downloaded; older ones would only fill the database.
        em.createQuery("DELETE FROM BatchSheet s WHERE s.batchId <> :id").setParameter("id", batchId).executeUpdate();
        em.persist(new BatchSheet(batchId, pdf));
        batch.finish(now);
        desk.release(batchId);
        return true;
    }

    /** One statement for many codes: a round trip per code would cost more than drawing them. */
    private void insertCodes(List<String> codes, long batchId, Instant now) {
        StringBuilder sql = new StringBuilder("INSERT INTO owner_code (code, batch_id, created_at) VALUES ");
        for (int i = 0; i < codes.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(?").append(3 * i + 1).append(", ?").append(3 * i + 2)
                    .append(", ?").append(3 * i + 3).append(')');
        }
        Query insert = em.createNativeQuery(sql.toString());
        for (int i = 0; i < codes.size(); i++) {
            insert.setParameter(3 * i + 1, codes.get(i))
                    .setParameter(3 * i + 2, batchId)
                    .setParameter(3 * i + 3, now.atOffset(ZoneOffset.UTC));
        }
        insert.executeUpdate();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void fail(long batchId, String reason) {
        QrDesk desk = em.find(QrDesk.class, QrDesk.ID, LockModeType.PESSIMISTIC_WRITE);
        QrBatch batch = em.find(QrBatch.class, batchId, LockModeType.PESSIMISTIC_WRITE);
        if (batch != null && batch.isRunning()) {
            batch.fail(reason, clock.instant());
        }
        desk.release(batchId);
    }

    /** The newest batch's progress, or {@link BatchProgress#NONE} before the first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public BatchProgress progress() {
        return em.createQuery("SELECT b FROM QrBatch b ORDER BY b.id DESC", QrBatch.class)
                .setMaxResults(1)
                .getResultList()
                .stream()
                .findFirst()
                .map(batch -> batch.progress(clock.instant(), SILENCE))
                .orElse(BatchProgress.NONE);
    }

    /** The newest finished batch's sheet, if any batch has finished. Only finished batches have one. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<QrSheet> latestSheet() {
        return em.createQuery("SELECT s FROM BatchSheet s ORDER BY s.batchId DESC", BatchSheet.class)
                .setMaxResults(1)
                .getResultList()
                .stream()
                .findFirst()
                .map(BatchSheet::sheet);
    }

    /** Whether {@code code} is an owner code some batch printed. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean isOwnerCode(String code) {
        return OwnerCode.wellFormed(code) && em.find(OwnerCode.class, code) != null;
    }
}
