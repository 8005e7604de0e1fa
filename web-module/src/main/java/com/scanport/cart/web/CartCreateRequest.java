package com.scanport.cart.web;

import com.scanport.platform.web.Matches;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code POST /carts/}: a new cart, available unless said otherwise. */
@Schema(name = "CartCreate")
public record CartCreateRequest(
        @Matches(regexp = CartStatusRequest.STATUSES, message = CartStatusRequest.RULE)
        @Schema(description = "available (the default), in use, maintenance or battery low", example = "available")
        String status) {
}
