package com.scanport.cart.web;

import com.scanport.platform.web.Between;
import com.scanport.platform.web.Length;
import com.scanport.platform.web.Required;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code POST /customer-session/{session_id}/items}: a product of the catalogue, by barcode or id, and how many. */
@Schema(name = "CartItemAdd", description = "barcode or item_no_, one of them.")
public record SessionItemRequest(
        @Length(min = 1, max = 64)
        @Schema(description = "The product's barcode, as the cart's scanner reads it", example = "4006381333931")
        String barcode,

        @Schema(description = "The product's id in the catalogue", example = "3")
        Long itemNo_,

        @Required
        @Between(min = 1, max = 99)
        @Schema(description = "How many; a product already in the session gets more (at most 99 in all)", example = "1")
        Integer quantity) {
}
