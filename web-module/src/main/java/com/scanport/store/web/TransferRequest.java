package com.scanport.store.web;

import com.scanport.platform.web.Length;
import com.scanport.platform.web.Required;
import com.scanport.platform.web.Verbatim;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code /transfer}: money from the session's account to another user's. */
@Schema(name = "StoreTransfer")
public record TransferRequest(
        @Verbatim
        @Required
        @Length(min = 1, message = Required.MESSAGE)
        String token,

        @Required
        @Schema(description = "The recipient's user id", example = "2")
        Long recipient,

        @Required
        @Schema(description = "Positive, with at most 2 decimal places", example = "25")
        BigDecimal amount) {

    @Override
    public String toString() {
        return "TransferRequest[recipient=" + recipient + ", amount=" + amount + "]";
    }
}
