/** The carts' HTTP surface (seed 000): the admins' fleet, a cart's QR code, and the shopper's scan. */
package com.scanport.cart.web;
