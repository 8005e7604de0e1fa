package com.scanport.imaging;

/** An accepted upload: its job, and how many jobs wait for workers now, this one included. */
public record UploadReceipt(long jobId, long queuedJobs) {
}
