package com.scanport.qrbatch;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A finished batch's printable sheet (the PDF), stored beside the batch so progress reads stay small. */
@Entity
@Table(name = "qr_batch_pdf")
public class BatchSheet {

    @Id
    @Column(name = "batch_id")
    private Long batchId;

    @Column(nullable = false)
    private byte[] content;

    @Column(name = "byte_count", nullable = false)
    private int byteCount;

    protected BatchSheet() {
    }

    BatchSheet(long batchId, byte[] content) {
        this.batchId = batchId;
        this.content = content;
        this.byteCount = content.length;
    }

    QrSheet sheet() {
        return new QrSheet(batchId, content);
    }
}
