package com.scanport.qrbatch;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The desk's one batch slot: at most one batch runs at a time, across every instance. */
@Entity
@Table(name = "qr_desk")
public class QrDesk {

    static final long ID = 1;

    @Id
    private Long id;

    @Column(name = "running_batch_id")
    private Long runningBatchId;

    protected QrDesk() {
    }

    Long runningBatchId() {
        return runningBatchId;
    }

    void run(long batchId) {
        runningBatchId = batchId;
    }

    void release(long batchId) {
        if (Long.valueOf(batchId).equals(runningBatchId)) {
            runningBatchId = null;
        }
    }
}
