/**
 * QR batches of the image desk (seed 001): sheets of printable QR codes, each holding the
 * address of one owner's page, generated in the background on the managed executor. State,
 * progress and the finished sheet live in the database, so any instance can report them.
 *
 * <p>Lock order: the desk's row ({@link QrDesk}), then a batch's row.
 */
package com.scanport.qrbatch;
