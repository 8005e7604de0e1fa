package com.scanport.imaging;

import java.time.Instant;

/** A result staff confirmed: what an owner's page and the carousel show. */
public record ConfirmedResult(long jobId, String animalName, String animalType, int option, Instant confirmedAt) {
}
