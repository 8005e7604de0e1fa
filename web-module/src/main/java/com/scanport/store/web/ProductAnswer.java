package com.scanport.store.web;

import com.scanport.store.ProductView;
import jakarta.json.bind.annotation.JsonbProperty;
import java.math.BigDecimal;
import java.util.List;

/** A product in the shape of the original's suggestion items, plus its stock. */
public record ProductAnswer(@JsonbProperty("item_no_") long itemNo, String description, String descriptionAr,
                            BigDecimal unitPrice, String barcode, String imageUrl, String productSize, int stock) {

    static ProductAnswer of(ProductView product) {
        return new ProductAnswer(product.id(), product.description(), product.descriptionAr(), product.unitPrice(),
                product.barcode(), product.imageUrl(), product.productSize(), product.stock());
    }

    /** A list of products, as the original listed its suggestions. */
    public record Listing(List<ProductAnswer> products, int count) {

        static Listing of(List<ProductView> products) {
            return new Listing(products.stream().map(ProductAnswer::of).toList(), products.size());
        }
    }
}
