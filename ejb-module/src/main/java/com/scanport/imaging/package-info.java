/**
 * Image jobs of the image desk (seed 001): staff upload an owner's photo, the image queue's
 * listener normalizes it, external workers lease its result slots and post X-ray pictures,
 * staff confirm one, which the owner's page and the carousel then show. Jobs, slots and
 * pictures live in the database; the photo's arrival is announced through the outbox.
 *
 * <p>Lock order: a job's row, then its slots.
 */
package com.scanport.imaging;
