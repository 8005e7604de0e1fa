package com.scanport.cart.web;

import com.scanport.platform.web.Matches;
import com.scanport.platform.web.Required;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code PATCH /carts/{cart_id}}: the cart's new status. */
@Schema(name = "CartStatusChange")
public record CartStatusRequest(
        @Required
        @Matches(regexp = STATUSES, message = RULE)
        @Schema(description = "available, in use, maintenance or battery low", example = "maintenance")
        String status) {

    static final String STATUSES = "available|in use|maintenance|battery low";
    static final String RULE = "must be one of available, in use, maintenance, battery low";
}
