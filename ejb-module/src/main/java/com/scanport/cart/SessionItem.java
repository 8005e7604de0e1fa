package com.scanport.cart;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** So many of one catalogue product in a shopping session. */
@Entity
@Table(name = "cart_session_item")
@IdClass(SessionItem.Key.class)
public class SessionItem {

    /** The most of one product a session holds. */
    public static final int MAX_QUANTITY = 99;

    @Id
    @Column(name = "session_id", nullable = false)
    private long sessionId;

    @Id
    @Column(name = "product_id", nullable = false)
    private long productId;

    @Column(name = "quantity", nullable = false)
    private int quantity;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected SessionItem() {
    }

    /** A new line of {@code quantity} (1..99): made whole, as some providers insert what {@code persist} was given. */
    SessionItem(long sessionId, long productId, int quantity, Instant now) {
        if (quantity < 1 || quantity > MAX_QUANTITY) {
            throw new IllegalArgumentException("quantity " + quantity);
        }
        this.sessionId = sessionId;
        this.productId = productId;
        this.quantity = quantity;
        this.addedAt = now;
    }

    /** Whether {@code more} fit in this line. */
    boolean takes(int more) {
        return more >= 1 && quantity + more <= MAX_QUANTITY;
    }

    void add(int more) {
        if (!takes(more)) {
            throw new IllegalArgumentException(quantity + " + " + more + " is more than " + MAX_QUANTITY);
        }
        quantity += more;
    }

    long sessionId() {
        return sessionId;
    }

    long productId() {
        return productId;
    }

    int quantity() {
        return quantity;
    }

    /** The primary key: a session and a product. A plain class, as JPA providers need an id class to be. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private long sessionId;
        private long productId;

        public Key() {
        }

        Key(long sessionId, long productId) {
            this.sessionId = sessionId;
            this.productId = productId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.sessionId == sessionId && key.productId == productId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(sessionId, productId);
        }
    }
}
