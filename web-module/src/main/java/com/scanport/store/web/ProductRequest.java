package com.scanport.store.web;

import com.scanport.platform.web.Amount;
import com.scanport.platform.web.Between;
import com.scanport.platform.web.Length;
import com.scanport.platform.web.Matches;
import com.scanport.platform.web.Required;
import com.scanport.store.ProductDraft;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A product as an admin writes it (the suggestion item's fields, and the stock). */
@Schema(name = "ProductWrite")
public record ProductRequest(
        @Required
        @Length(min = 1, max = 200)
        @Schema(example = "Milk 1L")
        String description,

        @Length(max = 200)
        @Schema(example = "حليب ١ لتر")
        String descriptionAr,

        @Required
        @Amount(min = "0.01", max = "1000000")
        @Schema(example = "6.50")
        BigDecimal unitPrice,

        @Length(min = 1, max = 64)
        @Matches(regexp = "[\\x21-\\x7E]+", message = "may hold only printable characters without spaces")
        @Schema(description = "Unique among the products on sale", example = "6281007030016")
        String barcode,

        @Length(max = 2048)
        @Matches(regexp = "https?://\\S+", message = "must be an http or https URL")
        @Schema(example = "https://example.com/milk.png")
        String imageUrl,

        @Length(max = 64)
        @Schema(example = "1L")
        String productSize,

        @Required
        @Between(min = 0, max = 1_000_000_000)
        @Schema(example = "100")
        Integer stock) {

    public ProductRequest {
        // 6.500 is 6.50, as a transfer's amount is: the cents, not the digits written, count.
        unitPrice = unitPrice == null ? null : unitPrice.stripTrailingZeros();
    }

    ProductDraft draft() {
        return new ProductDraft(description, blankToNull(descriptionAr), unitPrice.setScale(2, RoundingMode.UNNECESSARY),
                blankToNull(barcode),
                blankToNull(imageUrl), blankToNull(productSize), stock);
    }

    private static String blankToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
