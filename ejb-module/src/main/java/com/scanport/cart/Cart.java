package com.scanport.cart;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A smart cart. Its status changes to "in use" only by a scan's conditional update ({@link Carts#scan}). */
@Entity
@Table(name = "cart")
public class Cart {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cart_seq")
    @SequenceGenerator(name = "cart_seq", sequenceName = "cart_seq", allocationSize = 1)
    private Long id;

    @Convert(converter = CartStatusConverter.class)
    @Column(name = "status", nullable = false)
    private CartStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected Cart() {
    }

    Cart(CartStatus status, Instant now) {
        this.status = status;
        this.createdAt = now;
        this.changedAt = now;
    }

    /** An admin's change of status. */
    void setBy(CartStatus newStatus, Instant now) {
        status = newStatus;
        changedAt = now;
    }

    long id() {
        return id;
    }

    CartStatus status() {
        return status;
    }

    CartView view() {
        return new CartView(id, status.wire(), createdAt, changedAt);
    }
}
