package com.scanport.imaging.web;

/** Seed 001's upload answer: the new job and how many jobs wait for workers. */
public record UploadAnswer(String status, long jobId, long currentJobs) {
}
