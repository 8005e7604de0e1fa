package com.scanport.cart;

import java.math.BigDecimal;

/** A line of a session: the product, how many, and what they come to. */
public record SessionItemView(long itemNo_, String description, String barcode, BigDecimal unitPrice, int quantity,
                              BigDecimal lineTotal) {
}
