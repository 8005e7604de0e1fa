package com.scanport.cart;

import java.util.List;
import java.util.Map;

/**
 * All feedback counted: how many, how many of each satisfaction (every satisfaction named, in
 * the order sad, neutral, happy), and for each product singled out, how often and with what.
 */
public record FeedbackStats(long total, Map<String, Long> bySatisfaction, List<Item> items) {

    /** A product singled out in {@code count} feedbacks, so many of each satisfaction. */
    public record Item(long itemNo_, String description, long count, long sad, long neutral, long happy) {
    }
}
