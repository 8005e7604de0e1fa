package com.scanport.cart;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A shopper's word on one of their ended sessions: how it went, and the products they single out. */
@Entity
@Table(name = "cart_feedback")
public class Feedback {

    /** The satisfactions a shopper chooses from, as clients send them. */
    public static final List<String> SATISFACTIONS = List.of("sad", "neutral", "happy");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cart_feedback_seq")
    @SequenceGenerator(name = "cart_feedback_seq", sequenceName = "cart_feedback_seq", allocationSize = 50)
    private Long id;

    @Column(name = "session_id", nullable = false)
    private long sessionId;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "satisfaction", nullable = false)
    private String satisfaction;

    @Column(name = "additional_comments")
    private String additionalComments;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection
    @CollectionTable(name = "cart_feedback_item", joinColumns = @JoinColumn(name = "feedback_id"))
    @OrderColumn(name = "position")
    @Column(name = "product_id", nullable = false)
    private List<Long> selectedItemIds = new ArrayList<>();

    protected Feedback() {
    }

    /** Whole before it is persisted, as some providers insert what {@code persist} was given. */
    Feedback(long sessionId, long userId, String satisfaction, String additionalComments, List<Long> selectedItemIds,
             Instant now) {
        if (!SATISFACTIONS.contains(satisfaction)) {
            throw new IllegalArgumentException("satisfaction " + satisfaction);
        }
        this.sessionId = sessionId;
        this.userId = userId;
        this.satisfaction = satisfaction;
        this.additionalComments = additionalComments;
        this.selectedItemIds = new ArrayList<>(selectedItemIds);
        this.createdAt = now;
    }

    long id() {
        return id;
    }

    /** The view, with the products named as {@code selectedItemIds} (read in one go for a page of feedback). */
    FeedbackView view(List<Long> selectedItemIds) {
        return new FeedbackView(id, sessionId, userId, satisfaction, additionalComments, selectedItemIds, createdAt);
    }

    FeedbackView view() {
        return view(List.copyOf(selectedItemIds));
    }
}
