package com.scanport.cart.web;

import com.scanport.platform.web.Between;
import com.scanport.platform.web.Items;
import com.scanport.platform.web.Length;
import com.scanport.platform.web.Matches;
import com.scanport.platform.web.Required;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code POST /feedback/}: how one of the shopper's ended sessions went. */
@Schema(name = "FeedbackGive")
public record FeedbackRequest(
        @Required
        @Between(min = 1, max = Integer.MAX_VALUE)
        @Schema(description = "One of your own sessions that has ended", example = "50")
        Long sessionId,

        @Required
        @Matches(regexp = "sad|neutral|happy", message = "must be sad, neutral or happy")
        @Schema(description = "sad, neutral or happy", example = "happy")
        String satisfaction,

        @Length(max = 1000)
        @Schema(description = "Anything the shopper adds", example = "The cart's wheel squeaks")
        String additionalComments,

        @Items(max = 99)
        @Schema(description = "Products of the session the shopper singles out (their item_no_); each must have been "
                + "in the session")
        List<Long> selectedItemIds) {
}
