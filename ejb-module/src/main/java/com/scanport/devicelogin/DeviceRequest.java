package com.scanport.devicelogin;

/**
 * A new device asking to sign in as a user: the device's own id (its secret until it has
 * collected its token), what it says it is, the nonce of the QR code it scanned (if it did),
 * and the address the request came from.
 */
public record DeviceRequest(long userId, String deviceId, String deviceInfo, String qrNonce, String address) {

    @Override
    public String toString() {
        return "DeviceRequest[userId=" + userId + ", deviceInfo=" + deviceInfo + ", address=" + address + "]";
    }
}
