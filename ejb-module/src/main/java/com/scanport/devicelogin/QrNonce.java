package com.scanport.devicelogin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The nonce of a QR code shown on a signed-in user's screen, kept as its SHA-256: a device that
 * presents it proves it saw that screen. Used once (a conditional update), then never again.
 */
@Entity
@Table(name = "device_login_nonce")
public class QrNonce {

    @Id
    @Column(name = "nonce_hash", nullable = false)
    private String nonceHash;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected QrNonce() {
    }

    QrNonce(String nonceHash, long userId, Instant expiresAt) {
        this.nonceHash = nonceHash;
        this.userId = userId;
        this.expiresAt = expiresAt;
    }
}
