/**
 * Smart carts (seed 000): the fleet admins keep, the signed, short-lived, single-use QR tokens a
 * cart's screen shows, and shopping sessions started by scanning one. A scan claims its cart by
 * a conditional update; the database keeps one active session per cart and per shopper.
 */
package com.scanport.cart;
