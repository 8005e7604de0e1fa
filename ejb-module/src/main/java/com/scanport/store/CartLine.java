package com.scanport.store;

/** So many of one product that a cart's checkout takes from stock and pays for. */
public record CartLine(long productId, int quantity) {
}
