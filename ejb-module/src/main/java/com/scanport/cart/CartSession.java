package com.scanport.cart;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A shopper's session on a cart, from the scan to its end. While it is active it holds its cart
 * and its shopper in two unique columns, so the database keeps one active session per cart and
 * one per shopper, whatever races.
 */
@Entity
@Table(name = "cart_session")
public class CartSession {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cart_session_seq")
    @SequenceGenerator(name = "cart_session_seq", sequenceName = "cart_session_seq", allocationSize = 50)
    private Long id;

    @Column(name = "cart_id", nullable = false)
    private long cartId;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "is_active", nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "active_cart_id")
    private Long activeCartId;

    @Column(name = "active_user_id")
    private Long activeUserId;

    @Column(name = "ended_by")
    private String endedBy;

    @Column(name = "total_paid")
    private BigDecimal totalPaid;

    @Column(name = "checkout_transaction_id")
    private Long checkoutTransactionId;

    protected CartSession() {
    }

    CartSession(long cartId, long userId, Instant now) {
        this.cartId = cartId;
        this.userId = userId;
        this.active = true;
        this.createdAt = now;
        this.activeCartId = cartId;
        this.activeUserId = userId;
    }

    /** Paid and over: the cart and the shopper are free for another session. */
    void checkedOut(BigDecimal total, Long transactionId, Instant now) {
        end("checkout", now);
        totalPaid = total;
        checkoutTransactionId = transactionId;
    }

    /** An admin ended it without payment (a shopper who walked away). */
    void endedByAdmin(Instant now) {
        end("admin", now);
    }

    private void end(String how, Instant now) {
        if (!active) {
            throw new IllegalStateException("Session " + id + " has ended");
        }
        active = false;
        endedAt = now;
        endedBy = how;
        activeCartId = null;
        activeUserId = null;
    }

    boolean wasCheckedOut() {
        return "checkout".equals(endedBy);
    }

    Long checkoutTransactionId() {
        return checkoutTransactionId;
    }

    long cartId() {
        return cartId;
    }

    long userId() {
        return userId;
    }

    boolean isActive() {
        return active;
    }

    CartSessionView view() {
        return new CartSessionView(id, userId, cartId, active, createdAt);
    }

    CheckoutView checkoutView() {
        return new CheckoutView(id, userId, cartId, active, createdAt, endedAt, endedBy, totalPaid,
                checkoutTransactionId);
    }
}
