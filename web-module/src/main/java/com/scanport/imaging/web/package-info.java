/**
 * The image desk's HTTP surface (seed 001): QR batches, image jobs, results, owner pages
 * and the carousel. So far it declares its error shape and paths.
 */
package com.scanport.imaging.web;
