package com.scanport.devicelogin;

import java.time.Instant;

/** What a signed-in user's screen shows in a QR code: their id and a one-time nonce, good until {@code expiresAt}. */
public record QrInvitation(long userId, String qrNonce, Instant expiresAt) {

    @Override
    public String toString() {
        return "QrInvitation[userId=" + userId + ", expiresAt=" + expiresAt + "]";
    }
}
