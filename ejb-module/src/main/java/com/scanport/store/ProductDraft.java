package com.scanport.store;

import java.math.BigDecimal;

/** What an admin writes about a product: everything but its id. */
public record ProductDraft(String description, String descriptionAr, BigDecimal unitPrice, String barcode,
                           String imageUrl, String productSize, int stock) {
}
