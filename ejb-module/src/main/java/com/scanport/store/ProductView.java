package com.scanport.store;

import java.math.BigDecimal;

/** A product as the catalogue shows it. */
public record ProductView(long id, String description, String descriptionAr, BigDecimal unitPrice, String barcode,
                          String imageUrl, String productSize, int stock) {
}
