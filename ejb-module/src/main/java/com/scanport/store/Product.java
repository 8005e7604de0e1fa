package com.scanport.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A product of the catalogue: what the store sells and what goes into a cart. */
@Entity
@Table(name = "product")
public class Product {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "product_seq")
    @SequenceGenerator(name = "product_seq", sequenceName = "product_seq", allocationSize = 50)
    private Long id;

    @Column(name = "description", nullable = false)
    private String description;

    @Column(name = "description_ar")
    private String descriptionAr;

    @Column(name = "unit_price", nullable = false)
    private BigDecimal unitPrice;

    @Column(name = "barcode")
    private String barcode;

    @Column(name = "image_url")
    private String imageUrl;

    @Column(name = "product_size")
    private String productSize;

    @Column(name = "stock", nullable = false)
    private int stock;

    @Column(name = "retired", nullable = false)
    private boolean retired;

    protected Product() {
    }

    Product(ProductDraft draft) {
        revise(draft);
    }

    void revise(ProductDraft draft) {
        description = draft.description();
        descriptionAr = draft.descriptionAr();
        unitPrice = draft.unitPrice();
        barcode = draft.barcode();
        imageUrl = draft.imageUrl();
        productSize = draft.productSize();
        stock = draft.stock();
    }

    /**
     * Out of the catalogue for good, with no stock left to sell; the ledger's history still
     * names it, and its barcode is free again.
     */
    void retire() {
        retired = true;
        barcode = null;
        stock = 0;
    }

    boolean isRetired() {
        return retired;
    }

    BigDecimal getUnitPrice() {
        return unitPrice;
    }

    String getDescription() {
        return description;
    }

    ProductView view() {
        return new ProductView(id, description, descriptionAr, unitPrice, barcode, imageUrl, productSize, stock);
    }
}
