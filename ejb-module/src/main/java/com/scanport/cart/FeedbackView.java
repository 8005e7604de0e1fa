package com.scanport.cart;

import java.time.Instant;
import java.util.List;

/** A session's feedback as its shopper gave it. */
public record FeedbackView(long id, long sessionId, long userId, String satisfaction, String additionalComments,
                           List<Long> selectedItemIds, Instant createdAt) {
}
