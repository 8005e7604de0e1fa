package com.scanport.cart.web;

import com.scanport.platform.web.Length;
import com.scanport.platform.web.Required;
import com.scanport.platform.web.Verbatim;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code POST /customer-session/scan-qr}: the token the shopper's app read from the cart's code. */
@Schema(name = "CartScan")
public record ScanRequest(
        @Verbatim
        @Required
        @Length(min = 1, max = 8192)
        @Schema(description = "The token from the cart's QR code (GET /customer-session/qr/{cart_id}); anything else, "
                + "however long, is 401 Invalid or expired QR code.")
        String token) {

    @Override
    public String toString() {
        return "ScanRequest[***]";
    }
}
