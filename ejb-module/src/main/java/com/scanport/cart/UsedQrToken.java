package com.scanport.cart;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The id of a cart QR token that started a session: a token works once. Kept until it would have expired anyway. */
@Entity
@Table(name = "cart_qr_token")
public class UsedQrToken {

    @Id
    @Column(name = "token_id", nullable = false)
    private String tokenId;

    @Column(name = "cart_id", nullable = false)
    private long cartId;

    @Column(name = "used_at", nullable = false)
    private Instant usedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected UsedQrToken() {
    }

    UsedQrToken(CartQrTokens.Token token, Instant now) {
        this.tokenId = token.id();
        this.cartId = token.cartId();
        this.usedAt = now;
        this.expiresAt = Instant.ofEpochSecond(token.expires());
    }
}
