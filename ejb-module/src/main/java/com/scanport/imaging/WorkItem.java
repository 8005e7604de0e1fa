package com.scanport.imaging;

import java.time.Instant;

/**
 * One result slot leased to a worker: the job's details, the normalized photo (PNG), and the
 * lease the worker names when it posts its result.
 */
public record WorkItem(JobSummary job, int option, String leaseId, Instant leaseExpiresAt, byte[] photo) {

    @Override
    public String toString() {
        return "WorkItem[job " + job.jobId() + ", option " + option + ", until " + leaseExpiresAt + "]";
    }
}
