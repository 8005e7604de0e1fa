/**
 * QR batches on the image desk's surface (seed 001): {@code GET /qr}, its progress and its
 * download, for staff and admins.
 */
package com.scanport.qrbatch.web;
