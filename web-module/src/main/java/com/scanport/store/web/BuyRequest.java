package com.scanport.store.web;

import com.scanport.platform.web.Length;
import com.scanport.platform.web.Required;
import com.scanport.platform.web.Verbatim;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code /buy}: one of an item, paid from the session's account. */
@Schema(name = "StoreBuy")
public record BuyRequest(
        @Verbatim
        @Required
        @Length(min = 1, message = Required.MESSAGE)
        String token,

        @Required
        @Schema(description = "The item's uuid, as /items lists it", example = "1")
        Long itemId) {

    @Override
    public String toString() {
        return "BuyRequest[itemId=" + itemId + "]";
    }
}
