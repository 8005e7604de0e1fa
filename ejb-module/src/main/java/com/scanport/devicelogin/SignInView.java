package com.scanport.devicelogin;

import java.time.Instant;

/**
 * A device's sign-in as its user and the device see it: who, which device, its status, when it
 * was asked for and from where, whether it came from the user's own QR code, until when it
 * waits, and when the device signed in (null until then).
 */
public record SignInView(long userId, String deviceId, String deviceInfo, AuthorizationStatus status,
                         Instant createdAt, Instant expiresAt, String requestedFrom, boolean viaQr,
                         Instant signedInAt) {
}
