package com.scanport.qrbatch;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;

/**
 * One batch of owner codes, from the request that started it to its finished sheet (or its
 * failure). While it runs, {@code done} counts the codes drawn so far and only grows; its
 * heartbeat moves on with it, so a batch whose server died is recognised as stalled.
 */
@Entity
@Table(name = "qr_batch")
public class QrBatch {

    static final String RUNNING = "running";
    static final String DONE = "done";
    static final String FAILED = "failed";

    /** Drawing every code takes the progress this far; storing the sheet takes it to 100. */
    private static final BigDecimal DRAWN_PERCENT = BigDecimal.valueOf(95);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "qr_batch_seq")
    @SequenceGenerator(name = "qr_batch_seq", sequenceName = "qr_batch_seq", allocationSize = 1)
    private Long id;

    @Column(nullable = false)
    private int requested;

    @Column(nullable = false)
    private String state;

    @Column(nullable = false)
    private int done;

    @Column(name = "base_url", nullable = false)
    private String baseUrl;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "heartbeat_at", nullable = false)
    private Instant heartbeatAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column
    private String failure;

    protected QrBatch() {
    }

    QrBatch(int requested, String baseUrl, Instant now) {
        this.requested = requested;
        this.baseUrl = baseUrl;
        this.state = RUNNING;
        this.startedAt = now;
        this.heartbeatAt = now;
    }

    boolean isRunning() {
        return RUNNING.equals(state);
    }

    /** Running, but silent for longer than any live generation ever is: its server stopped. */
    boolean isStalled(Instant now, Duration silence) {
        return isRunning() && heartbeatAt.plus(silence).isBefore(now);
    }

    void finish(Instant now) {
        state = DONE;
        done = requested;
        finishedAt = now;
        heartbeatAt = now;
    }

    void fail(String reason, Instant now) {
        state = FAILED;
        failure = reason;
        finishedAt = now;
    }

    BatchProgress progress(Instant now, Duration silence) {
        String reported = isStalled(now, silence) ? FAILED : state;
        BigDecimal percent = DONE.equals(state) ? BigDecimal.valueOf(100)
                : BigDecimal.valueOf(done).multiply(DRAWN_PERCENT)
                        .divide(BigDecimal.valueOf(requested), 1, RoundingMode.DOWN);
        return new BatchProgress(id, requested, reported, percent.doubleValue(),
                isStalled(now, silence) ? QrBatches.STALLED : failure, startedAt, finishedAt);
    }

    Long getId() {
        return id;
    }

    int getRequested() {
        return requested;
    }

    String getBaseUrl() {
        return baseUrl;
    }
}
