package com.scanport.devicelogin;

import com.scanport.identity.Accounts;
import com.scanport.identity.IssuedToken;
import com.scanport.platform.Constraints;
import com.scanport.platform.DuplicateException;
import com.scanport.platform.InvalidInputException;
import com.scanport.platform.NotFoundException;
import com.scanport.platform.RateLimitedException;
import com.scanport.platform.Secrets;
import com.scanport.platform.Throttle;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Device login's use cases: a device's request, its polls (the one that collects the token),
 * the user's decision, what is pending, the QR invitation, the user's signed-in devices and
 * revoking one, and the check every device token passes.
 */
@Stateless
public class DeviceLogins {

    public static final String ALREADY_CREATED = "The authentication document has already been created";
    public static final String DOCUMENT_NOT_FOUND = "Document not found";
    public static final String NO_AUTHENTICATION = "No Authentication found.";
    public static final String DEVICE_NOT_FOUND = "Device not found";
    static final String BAD_QR = "The QR code is invalid, used or expired: scan it again";
    static final String QR_REQUIRED = "qr_nonce is required: scan the QR code on your signed-in screen";
    static final String SEVERAL_PENDING = "Several devices are waiting for approval: name one with device_id";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private Accounts accounts;

    @EJB
    private Throttle throttle;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "scanport.device-login.ttl-seconds", defaultValue = "600")
    long ttlSeconds;

    @Inject
    @ConfigProperty(name = "scanport.device-login.poll-seconds", defaultValue = "5")
    long pollSeconds;

    @Inject
    @ConfigProperty(name = "scanport.device-login.require-nonce", defaultValue = "false")
    boolean requireNonce;

    @Inject
    @ConfigProperty(name = "scanport.device-login.qr-ttl-seconds", defaultValue = "120")
    long qrTtlSeconds;

    @Inject
    @ConfigProperty(name = "scanport.device-login.max-requests-per-user", defaultValue = "10")
    int maxRequestsPerUser;

    @Inject
    @ConfigProperty(name = "scanport.device-login.max-unknown-users-per-address", defaultValue = "20")
    int maxUnknownUsersPerAddress;

    @Inject
    @ConfigProperty(name = "scanport.device-login.max-probes-per-address", defaultValue = "100")
    int maxProbesPerAddress;

    @Inject
    @ConfigProperty(name = "scanport.device-login.request-window-seconds", defaultValue = "600")
    long requestWindowSeconds;

    /**
     * A device asks to sign in as a user. Requests for users that do not exist are limited per
     * address (they map which ids exist), and once an address is over that limit every request
     * from it waits, whoever it names, so the 429 tells nothing either. Requests without the
     * user's QR nonce are limited per user (a flood of them is how a phishing attempt hopes to
     * be approved by mistake); one with the nonce came from someone who saw the user's screen.
     * A device has one open request at a time: another while it waits is a conflict, and such
     * conflicts, like polls of unknown devices, count as probes of device ids per address.
     */
    public SignInView request(DeviceRequest request) {
        Instant now = clock.instant();
        String unknownUsers = "device-login:unknown-user:address:" + request.address();
        long blocked = throttle.retryAfter(unknownUsers, maxUnknownUsersPerAddress, requestWindow());
        if (blocked > 0) {
            audit(request, null, "throttled");
            throw tooMany("from this address", blocked);
        }
        if (accounts.find(request.userId()).isEmpty()) {
            // Counted whatever becomes of this request, which is rolled back.
            reserve(() -> throttle.reserve(unknownUsers, maxUnknownUsersPerAddress, requestWindow()), "from this address");
            audit(request, null, "unknown-user");
            throw new NotFoundException("User with id " + request.userId() + " does not exist.");
        }
        boolean viaQr = request.qrNonce() != null;
        if (viaQr && !redeem(request.qrNonce(), request.userId(), now)) {
            audit(request, null, "bad-qr");
            throw new InvalidInputException(BAD_QR, Map.of("qr_nonce", "is invalid, used or expired"));
        }
        if (!viaQr && requireNonce) {
            audit(request, null, "no-qr");
            throw new InvalidInputException(QR_REQUIRED, Map.of("qr_nonce", "is required"));
        }
        if (!viaQr) {
            // Counted with the document it makes: a refused request makes none.
            try {
                reserve(() -> throttle.reserveWithCaller("device-login:user:" + request.userId(), maxRequestsPerUser,
                        requestWindow()), "for this user");
            } catch (RateLimitedException e) {
                audit(request, null, "throttled");
                throw e;
            }
        }
        for (Long id : em.createQuery("SELECT s.id FROM DeviceSignIn s WHERE s.openDeviceId = :device", Long.class)
                .setParameter("device", request.deviceId()).getResultList()) {
            DeviceSignIn earlier = em.find(DeviceSignIn.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (earlier != null && !expire(earlier, now)) {
                probed(request.address());
                audit(request, null, "conflict");
                throw new DuplicateException(ALREADY_CREATED);
            }
        }
        DeviceSignIn signIn = new DeviceSignIn(request, viaQr, now, Duration.ofSeconds(ttlSeconds));
        em.persist(signIn);
        try {
            em.flush();
        } catch (PersistenceException e) {
            // Two first requests for one device at once: the database's one-open-per-device keeps one.
            if (Constraints.broke(e, "device_login_open_uk")) {
                audit(request, null, "conflict");
                throw new DuplicateException(ALREADY_CREATED);
            }
            throw e;
        }
        audit(request, signIn.id(), viaQr ? "pending-via-qr" : "pending");
        return signIn.view(now);
    }

    /**
     * A device polls for its sign-in: the open one, else its newest. Polling sooner than the
     * configured interval since its last poll is refused (429, Retry-After). The poll that finds
     * it approved collects the token, which is signed there and then and never stored: of
     * simultaneous polls exactly one gets it (the row is locked), and every later one sees
     * COLLECTED and no token. If the user's password changed since the approval (or the user is
     * gone), the sign-in ends instead: a new password ends what the old one let in, approvals included.
     */
    public Poll poll(String deviceId, String address) {
        Instant now = clock.instant();
        DeviceSignIn signIn = current(deviceId);
        if (signIn == null) {
            probed(address);
            throw new NotFoundException(NO_AUTHENTICATION);
        }
        Duration interval = Duration.ofSeconds(pollSeconds);
        if (interval.isZero() && !signIn.canBeCollected(now) && !signIn.hasRunOut(now)) {
            return new Poll(signIn.view(now), "");
        }
        em.refresh(signIn, LockModeType.PESSIMISTIC_WRITE);
        long wait = signIn.poll(now, interval);
        if (wait > 0) {
            throw new RateLimitedException("Polling too fast: wait " + wait + " seconds between polls", wait);
        }
        expire(signIn, now);
        if (!signIn.canBeCollected(now)) {
            return new Poll(signIn.view(now), "");
        }
        SignInView approved = signIn.view(now);
        var token = accounts.issueDeviceToken(signIn.userId(), signIn.approvedGeneration(), signIn.id(),
                signIn.deviceId());
        if (token.isEmpty()) {
            signIn.endForNewPassword(now);
            DeviceLoginAudit.record("collect", signIn.userId(), signIn.id(), deviceId, address, "password-changed-or-user-gone");
            return new Poll(signIn.view(now), "");
        }
        signIn.collected(now);
        DeviceLoginAudit.record("collect", signIn.userId(), signIn.id(), deviceId, address, "token-handed-out");
        return new Poll(approved, token.get().accessToken());
    }

    /** The device's open sign-in, else its newest (by time: ids come in blocks per instance). */
    private DeviceSignIn current(String deviceId) {
        List<DeviceSignIn> found = em.createQuery("SELECT s FROM DeviceSignIn s WHERE s.openDeviceId = :device",
                DeviceSignIn.class).setParameter("device", deviceId).getResultList();
        if (found.isEmpty()) {
            found = em.createQuery("SELECT s FROM DeviceSignIn s WHERE s.deviceId = :device"
                            + " ORDER BY s.createdAt DESC, s.id DESC", DeviceSignIn.class)
                    .setParameter("device", deviceId).setMaxResults(1).getResultList();
        }
        return found.isEmpty() ? null : found.get(0);
    }

    /**
     * The user decides on one of their own pending sign-ins: the one of {@code deviceId}, or,
     * when none is named, their only one. Someone else's sign-in is not found, as an unknown one.
     * An approval remembers the token generation it was given under ({@code tokenGeneration},
     * the deciding token's), so that a password change before the device collects ends it.
     */
    public SignInView decide(long userId, long tokenGeneration, String deviceId, AuthorizationStatus decision,
                             String address) {
        Instant now = clock.instant();
        var query = em.createQuery("SELECT s.id FROM DeviceSignIn s WHERE s.userId = :user AND s.status = :pending"
                        + " AND s.expiresAt > :now" + (deviceId == null ? "" : " AND s.deviceId = :device")
                        + " ORDER BY s.id", Long.class)
                .setParameter("user", userId)
                .setParameter("pending", AuthorizationStatus.NOT_INIT)
                .setParameter("now", now)
                .setMaxResults(2);
        if (deviceId != null) {
            query.setParameter("device", deviceId);
        }
        List<Long> pending = query.getResultList();
        if (pending.size() > 1) {
            throw new InvalidInputException(SEVERAL_PENDING, Map.of("device_id", "is required"));
        }
        DeviceSignIn signIn = pending.isEmpty() ? null
                : em.find(DeviceSignIn.class, pending.get(0), LockModeType.PESSIMISTIC_WRITE);
        if (signIn == null || !signIn.isPending(now)) {
            throw new NotFoundException(DOCUMENT_NOT_FOUND);
        }
        signIn.decide(decision, tokenGeneration, now);
        DeviceLoginAudit.record(switch (decision) {
            case AUTHORIZED -> "approve";
            case REJECTED -> "reject";
            default -> "leave-pending";
        }, userId, signIn.id(), signIn.deviceId(), address, signIn.status().name());
        return signIn.view(now);
    }

    /** The user's sign-ins that wait for their decision, oldest first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<SignInView> pending(long userId) {
        return signIns(userId, AuthorizationStatus.NOT_INIT, " AND s.expiresAt > :now");
    }

    /** The devices signed in as the user (collected, not revoked), oldest first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<SignInView> devices(long userId) {
        return signIns(userId, AuthorizationStatus.COLLECTED, " AND s.revokedAt IS NULL");
    }

    /** The user's sign-ins in {@code status} that also meet {@code condition} (which may name {@code :now}). */
    private List<SignInView> signIns(long userId, AuthorizationStatus status, String condition) {
        Instant now = clock.instant();
        var query = em.createQuery("SELECT s FROM DeviceSignIn s WHERE s.userId = :user AND s.status = :status"
                        + condition + " ORDER BY s.id", DeviceSignIn.class)
                .setParameter("user", userId)
                .setParameter("status", status);
        if (condition.contains(":now")) {
            query.setParameter("now", now);
        }
        return query.getResultList().stream().map(s -> s.view(now)).toList();
    }

    /**
     * Signs one of the user's devices out: every token it collected is refused from now on, and
     * an approval it has not collected yet ends (REJECTED), so it never will.
     */
    public SignInView revoke(long userId, String deviceId, String address) {
        Instant now = clock.instant();
        List<DeviceSignIn> signedIn = em.createQuery("SELECT s FROM DeviceSignIn s WHERE s.userId = :user"
                        + " AND s.deviceId = :device AND s.status IN :active AND s.revokedAt IS NULL ORDER BY s.id",
                        DeviceSignIn.class)
                .setParameter("user", userId)
                .setParameter("device", deviceId)
                .setParameter("active", List.of(AuthorizationStatus.AUTHORIZED, AuthorizationStatus.COLLECTED))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        if (signedIn.isEmpty()) {
            throw new NotFoundException(DEVICE_NOT_FOUND);
        }
        for (DeviceSignIn signIn : signedIn) {
            signIn.revoke(now);
            DeviceLoginAudit.record("revoke", userId, signIn.id(), deviceId, address, signIn.status().name());
        }
        return signedIn.get(signedIn.size() - 1).view(now);
    }

    /** Whether a device token of {@code userId}'s sign-in {@code signIn} is still good: collected and not revoked. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean isSignedIn(long signIn, long userId) {
        DeviceSignIn found = em.find(DeviceSignIn.class, signIn);
        return found != null && found.userId() == userId && found.isSignedIn();
    }

    /** A QR code's content for the user's screen: a fresh one-time nonce, kept hashed. */
    public QrInvitation invite(long userId) {
        Instant now = clock.instant();
        String nonce = Secrets.randomToken(32);
        Instant expiresAt = now.plusSeconds(qrTtlSeconds);
        em.persist(new QrNonce(Secrets.sha256Hex(nonce), userId, expiresAt));
        return new QrInvitation(userId, nonce, expiresAt);
    }

    /**
     * Ends, in batches, the open sign-ins whose time ran out (each logged), and forgets nonces
     * and ended sign-ins that can matter no more. The number of sign-ins ended.
     */
    public int expireRunOut(int batch, Duration keepEnded) {
        Instant now = clock.instant();
        List<Long> runOut = em.createQuery("SELECT s.id FROM DeviceSignIn s WHERE s.status IN :open"
                        + " AND s.expiresAt <= :now ORDER BY s.id", Long.class)
                .setParameter("open", List.of(AuthorizationStatus.NOT_INIT, AuthorizationStatus.AUTHORIZED))
                .setParameter("now", now)
                .setMaxResults(batch)
                .getResultList();
        int expired = 0;
        for (Long id : runOut) {
            DeviceSignIn signIn = em.find(DeviceSignIn.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (signIn != null && expire(signIn, now)) {
                expired++;
            }
        }
        em.createQuery("DELETE FROM QrNonce n WHERE n.expiresAt < :cutoff")
                .setParameter("cutoff", now.minus(Duration.ofHours(1))).executeUpdate();
        em.createQuery("DELETE FROM DeviceSignIn s WHERE s.createdAt < :cutoff AND (s.status IN :ended"
                        + " OR s.revokedAt IS NOT NULL)")
                .setParameter("cutoff", now.minus(keepEnded))
                .setParameter("ended", List.of(AuthorizationStatus.REJECTED, AuthorizationStatus.EXPIRED))
                .executeUpdate();
        return expired;
    }

    private boolean expire(DeviceSignIn signIn, Instant now) {
        if (!signIn.expireIfRunOut(now)) {
            return false;
        }
        DeviceLoginAudit.record("expire", signIn.userId(), signIn.id(), signIn.deviceId(), null, "expired");
        return true;
    }

    /** Uses the nonce once, if it is the user's and still good. */
    private boolean redeem(String nonce, long userId, Instant now) {
        return em.createQuery("UPDATE QrNonce n SET n.usedAt = :now WHERE n.nonceHash = :hash AND n.userId = :user"
                        + " AND n.usedAt IS NULL AND n.expiresAt > :now")
                .setParameter("now", now)
                .setParameter("hash", Secrets.sha256Hex(nonce))
                .setParameter("user", userId)
                .executeUpdate() == 1;
    }

    /** Counts a request against its window; over the limit, 429 saying whose requests were too many. */
    private static void reserve(Runnable reservation, String whose) {
        try {
            reservation.run();
        } catch (RateLimitedException e) {
            throw tooMany(whose, e.retryAfterSeconds());
        }
    }

    private static RateLimitedException tooMany(String whose, long retryAfter) {
        return new RateLimitedException("Too many sign-in requests " + whose + ": try again in " + retryAfter
                + " seconds", retryAfter);
    }

    /**
     * A device id that named nothing (a poll of an unknown device) or something open (another
     * request for a waiting device): guesses at other devices' ids look like this, so an address
     * gets so many per window.
     */
    private void probed(String address) {
        try {
            throttle.reserve("device-login:probe:address:" + address, maxProbesPerAddress, requestWindow());
        } catch (RateLimitedException e) {
            throw new RateLimitedException("Too many unknown or busy device ids from this address: try again in "
                    + e.retryAfterSeconds() + " seconds", e.retryAfterSeconds());
        }
    }

    private static void audit(DeviceRequest request, Long signIn, String outcome) {
        DeviceLoginAudit.record("create", request.userId(), signIn, request.deviceId(), request.address(), outcome);
    }

    private Duration requestWindow() {
        return Duration.ofSeconds(requestWindowSeconds);
    }
}
