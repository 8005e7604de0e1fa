package com.scanport.store.web;

import com.scanport.store.ProductView;
import jakarta.json.bind.annotation.JsonbProperty;
import java.math.BigDecimal;
import java.util.List;

/** A suggested product, in the original's shape: the catalogue's fields without the stock. */
public record SuggestionAnswer(@JsonbProperty("item_no_") long itemNo, String description, String descriptionAr,
                               BigDecimal unitPrice, String barcode, String imageUrl, String productSize) {

    /** The suggestions, and how many there are. */
    public record Listing(List<SuggestionAnswer> products, int count) {

        static Listing of(List<ProductView> products) {
            return new Listing(products.stream().map(product -> new SuggestionAnswer(product.id(),
                    product.description(), product.descriptionAr(), product.unitPrice(), product.barcode(),
                    product.imageUrl(), product.productSize())).toList(), products.size());
        }
    }
}
