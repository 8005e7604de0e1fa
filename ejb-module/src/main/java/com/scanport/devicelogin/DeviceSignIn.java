package com.scanport.devicelogin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * One device's request to sign in as a user (the seed's "authentication document"), from the
 * request to its end: decided by the user, collected once by the device, expired, or revoked.
 * Every change takes the time it happens at, so that tests move time instead of waiting.
 */
@Entity
@Table(name = "device_login")
public class DeviceSignIn {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "device_login_seq")
    @SequenceGenerator(name = "device_login_seq", sequenceName = "device_login_seq", allocationSize = 50)
    private Long id;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "device_id", nullable = false)
    private String deviceId;

    @Column(name = "device_info", nullable = false)
    private String deviceInfo;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private AuthorizationStatus status;

    @Column(name = "requested_from", nullable = false)
    private String requestedFrom;

    @Column(name = "via_qr", nullable = false)
    private boolean viaQr;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "collected_at")
    private Instant collectedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "last_polled_at")
    private Instant lastPolledAt;

    /** The user's token generation when they approved: a password change after it ends the approval. */
    @Column(name = "approved_generation")
    private Integer approvedGeneration;

    /** The device id while the sign-in is open: the database keeps one open sign-in per device. */
    @Column(name = "open_device_id")
    private String openDeviceId;

    protected DeviceSignIn() {
    }

    DeviceSignIn(DeviceRequest request, boolean viaQr, Instant now, Duration timeToDecide) {
        this.userId = request.userId();
        this.deviceId = request.deviceId();
        this.openDeviceId = request.deviceId();
        this.deviceInfo = request.deviceInfo();
        this.requestedFrom = request.address();
        this.viaQr = viaQr;
        this.status = AuthorizationStatus.NOT_INIT;
        this.createdAt = now;
        this.expiresAt = now.plus(timeToDecide);
    }

    /** Whether it is open but its time is up (it expires the next time anyone touches it). */
    boolean hasRunOut(Instant now) {
        return status.isOpen() && !now.isBefore(expiresAt);
    }

    /** Ends an open sign-in whose time is up; whether it did. */
    boolean expireIfRunOut(Instant now) {
        if (!hasRunOut(now)) {
            return false;
        }
        end(AuthorizationStatus.EXPIRED);
        return true;
    }

    /** Whether the user can still decide on it. */
    boolean isPending(Instant now) {
        return status == AuthorizationStatus.NOT_INIT && !hasRunOut(now);
    }

    /**
     * The user's decision on a pending sign-in: approve (under their token generation
     * {@code generation}), reject, or leave it waiting (NOT_INIT).
     */
    void decide(AuthorizationStatus decision, long generation, Instant now) {
        if (!isPending(now)) {
            throw new IllegalStateException("Sign-in " + id + " is not pending");
        }
        switch (decision) {
            case AUTHORIZED -> {
                status = AuthorizationStatus.AUTHORIZED;
                approvedGeneration = (int) generation;
            }
            case REJECTED -> end(AuthorizationStatus.REJECTED);
            case NOT_INIT -> {
                return;
            }
            default -> throw new IllegalArgumentException("Not a decision: " + decision);
        }
        decidedAt = now;
    }

    /**
     * Counts a poll by the device: the seconds it must still wait when it polls sooner than
     * {@code interval} after its last poll (and then the poll does not count), else 0.
     */
    long poll(Instant now, Duration interval) {
        if (interval.isZero()) {
            return 0;
        }
        if (lastPolledAt != null) {
            Instant next = lastPolledAt.plus(interval);
            if (now.isBefore(next)) {
                // Whole seconds, rounded up: a client that waits as told is never early.
                return Math.max(1, (Duration.between(now, next).toMillis() + 999) / 1000);
            }
        }
        lastPolledAt = now;
        return 0;
    }

    /** Whether the device may collect its token now: approved, in time, and not collected before. */
    boolean canBeCollected(Instant now) {
        return status == AuthorizationStatus.AUTHORIZED && !hasRunOut(now);
    }

    /** The device has its token: from now on it is signed in, and nothing can hand the token out again. */
    void collected(Instant now) {
        if (!canBeCollected(now)) {
            throw new IllegalStateException("Sign-in " + id + " cannot be collected");
        }
        end(AuthorizationStatus.COLLECTED);
        collectedAt = now;
    }

    /** The user's password changed between the approval and the collection: the approval is void. */
    void endForNewPassword(Instant now) {
        if (status == AuthorizationStatus.AUTHORIZED) {
            end(AuthorizationStatus.REJECTED);
            decidedAt = now;
        }
    }

    /** Whether the device is signed in with a token of this sign-in. */
    boolean isSignedIn() {
        return status == AuthorizationStatus.COLLECTED && revokedAt == null;
    }

    /** The user signs the device out: its token is refused from now on, and an approval not yet collected ends. */
    void revoke(Instant now) {
        if (isSignedIn()) {
            revokedAt = now;
        } else if (status == AuthorizationStatus.AUTHORIZED) {
            end(AuthorizationStatus.REJECTED);
            decidedAt = now;
        }
    }

    private void end(AuthorizationStatus ended) {
        status = ended;
        openDeviceId = null;
    }

    long id() {
        return id;
    }

    long userId() {
        return userId;
    }

    String deviceId() {
        return deviceId;
    }

    AuthorizationStatus status() {
        return status;
    }

    int approvedGeneration() {
        return approvedGeneration;
    }

    /** As of {@code now}: an open sign-in whose time is up shows as EXPIRED even before anyone ended it. */
    SignInView view(Instant now) {
        return new SignInView(userId, deviceId, deviceInfo, hasRunOut(now) ? AuthorizationStatus.EXPIRED : status,
                createdAt, expiresAt, requestedFrom, viaQr, collectedAt);
    }
}
