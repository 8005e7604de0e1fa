package com.scanport.imaging;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * One result a ready job still takes. Open, leased to a worker until its lease runs out, or
 * done. Leases are taken and ended by conditional updates in {@link ImageJobs}, so two
 * workers, on one instance or two, never hold the same slot.
 */
@Entity
@Table(name = "image_job_slot")
@IdClass(ResultSlot.Key.class)
public class ResultSlot {

    static final String OPEN = "open";
    static final String LEASED = "leased";
    static final String DONE = "done";

    /** The primary key (a plain class: providers set an id class's fields one by one). */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private Long jobId;
        private Integer option;

        public Key() {
        }

        public Key(Long jobId, Integer option) {
            this.jobId = jobId;
            this.option = option;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(jobId, key.jobId)
                    && Objects.equals(option, key.option);
        }

        @Override
        public int hashCode() {
            return Objects.hash(jobId, option);
        }
    }

    @Id
    @Column(name = "job_id")
    private Long jobId;

    @Id
    @Column(name = "option_no")
    private Integer option;

    @Column(nullable = false)
    private String state;

    @Column(name = "lease_hash")
    private String leaseHash;

    @Column(name = "lease_expires_at")
    private Instant leaseExpiresAt;

    protected ResultSlot() {
    }

    ResultSlot(long jobId, int option) {
        this.jobId = jobId;
        this.option = option;
        this.state = OPEN;
    }

    Long getJobId() {
        return jobId;
    }

    Integer getOption() {
        return option;
    }

    String getState() {
        return state;
    }

    Instant getLeaseExpiresAt() {
        return leaseExpiresAt;
    }
}
