/**
 * The image desk's HTTP surface (seed 001): its error shape and paths, the staff token and the
 * owner pages the printed codes lead to. The QR batches are in {@code com.scanport.qrbatch.web}.
 */
package com.scanport.imaging.web;
