package com.scanport.devicelogin.web;

import com.scanport.devicelogin.QrInvitation;
import com.scanport.devicelogin.SignInView;
import java.time.Instant;
import java.util.List;

/** The device login surface's answers: a message and the data, as the seed shows them ({@code user_id} a string). */
public final class DeviceLoginAnswers {

    private DeviceLoginAnswers() {
    }

    /** The seed's document, as POST and PATCH answer it. */
    public record Document(String userId, String deviceInfo, String deviceId, String authorizationStatus) {

        static Document of(SignInView signIn) {
            return new Document(Long.toString(signIn.userId()), signIn.deviceInfo(), signIn.deviceId(),
                    signIn.status().name());
        }
    }

    /** The document as the device's poll sees it: with its access token, "" but on the one poll that collects it. */
    public record PolledDocument(String userId, String deviceInfo, String deviceId, String authorizationStatus,
                          String accessToken) {

        static PolledDocument of(SignInView signIn, String accessToken) {
            return new PolledDocument(Long.toString(signIn.userId()), signIn.deviceInfo(), signIn.deviceId(),
                    signIn.status().name(), accessToken);
        }

        @Override
        public String toString() {
            return "PolledDocument[deviceInfo=" + deviceInfo + ", authorizationStatus=" + authorizationStatus + "]";
        }
    }

    /** A device waiting for the user's decision, with what the user needs to judge it. */
    public record Pending(String userId, String deviceInfo, String deviceId, String authorizationStatus, Instant createdAt,
                   Instant expiresAt, String requestedFrom, boolean viaQr) {

        static Pending of(SignInView signIn) {
            return new Pending(Long.toString(signIn.userId()), signIn.deviceInfo(), signIn.deviceId(),
                    signIn.status().name(), signIn.createdAt(), signIn.expiresAt(), signIn.requestedFrom(),
                    signIn.viaQr());
        }
    }

    /** A device signed in as the user. */
    public record Device(String deviceId, String deviceInfo, Instant signedInAt, String requestedFrom) {

        static Device of(SignInView signIn) {
            return new Device(signIn.deviceId(), signIn.deviceInfo(), signIn.signedInAt(), signIn.requestedFrom());
        }
    }

    /** What the QR code on a signed-in screen holds, and until when. */
    public record Invitation(String userId, String qrNonce, Instant expiresAt) {

        static Invitation of(QrInvitation invitation) {
            return new Invitation(Long.toString(invitation.userId()), invitation.qrNonce(), invitation.expiresAt());
        }

        @Override
        public String toString() {
            return "Invitation[userId=" + userId + ", expiresAt=" + expiresAt + "]";
        }
    }

    public record DocumentAnswer(String message, Document data) {
    }

    public record PollAnswer(String message, PolledDocument data) {
    }

    public record PendingAnswer(String message, List<Pending> data) {
    }

    public record DevicesAnswer(String message, List<Device> data) {
    }

    public record DeviceAnswer(String message, Device data) {
    }

    public record InvitationAnswer(String message, Invitation data) {
    }
}
