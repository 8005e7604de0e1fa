package com.scanport.store;

import com.scanport.identity.Accounts;
import com.scanport.identity.VerifiedUser;
import com.scanport.platform.AuthenticationFailedException;
import com.scanport.platform.Constraints;
import com.scanport.platform.DuplicateException;
import com.scanport.platform.InvalidInputException;
import com.scanport.platform.LostRaces;
import com.scanport.platform.RateLimitedException;
import com.scanport.platform.Secrets;
import com.scanport.platform.Throttle;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
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
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The store's sessions (seed 004): a client logs in with the account's username and password
 * and a token of its own choosing, and names that token on every later request.
 */
@Stateless
public class StoreSessions {

    static final String INVALID_SESSION = "Invalid session";
    static final String TOKEN_TAKEN = "Token already in use";
    static final String WRONG_PASSWORD = "Incorrect password";

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @EJB
    private Accounts accounts;

    @EJB
    private Ledger ledger;

    @EJB
    private Throttle throttle;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "scanport.store.session-idle-seconds", defaultValue = "3600")
    long idleSeconds;

    @Inject
    @ConfigProperty(name = "scanport.store.session-max-seconds", defaultValue = "86400")
    long maxSeconds;

    @Inject
    @ConfigProperty(name = "scanport.store.max-session-failures-per-address", defaultValue = "50")
    int maxFailuresPerAddress;

    @Inject
    @ConfigProperty(name = "scanport.store.max-token-bindings-per-user", defaultValue = "20")
    int maxBindingsPerUser;

    @Inject
    @ConfigProperty(name = "scanport.store.max-token-bindings-per-address", defaultValue = "200")
    int maxBindingsPerAddress;

    @Inject
    @ConfigProperty(name = "scanport.login.failure-window-seconds", defaultValue = "900")
    long failureWindowSeconds;

    /**
     * Binds {@code token} to the account the password opens (checked, and throttled, as
     * {@code /auth/login} checks it), and opens the account's ledger account on first use.
     * A token another account holds is refused; one this account holds starts afresh.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void login(String username, String password, String token, String clientAddress) {
        VerifiedUser user = accounts.verify(username, password, clientAddress);
        reserveBinding(user.user().id(), clientAddress);
        ledger.open(user.user().id());
        StoreSessions self = context.getBusinessObject(StoreSessions.class);
        String tokenHash = Secrets.sha256Hex(token);
        LostRaces.untilWon(() -> self.bind(tokenHash, user));
    }

    /** One try of {@link #login}'s binding, in its own transaction. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void bind(String tokenHash, VerifiedUser user) {
        Instant now = clock.instant();
        StoreSession session = byTokenHash(tokenHash, LockModeType.PESSIMISTIC_WRITE);
        if (session == null) {
            em.persist(new StoreSession(tokenHash, user.user().id(), user.tokenGeneration(), now, lifetime()));
            LostRaces.flush(em);
        } else if (session.getUserId() != user.user().id() && isLive(session, now)) {
            throw new DuplicateException(TOKEN_TAKEN);
        } else {
            // This account's own session starts afresh; an ended one gives its token up.
            session.begin(user.user().id(), user.tokenGeneration(), now, lifetime());
        }
    }

    /**
     * The id of the user whose live session {@code token} names. Tokens that name none count
     * against the client's address; once it has too many, even a right one is refused until
     * the window ends, so that guessing tokens is no faster than guessing passwords.
     */
    public long holder(String token, String clientAddress) {
        return live(token, clientAddress).getUserId();
    }

    /** Ends the session {@code token} names. Of simultaneous ends, one succeeds and the others find no session. */
    public void expire(String token, String clientAddress) {
        em.remove(live(token, clientAddress, LockModeType.PESSIMISTIC_WRITE));
    }

    /**
     * Moves a live session to a new token; it keeps its absolute expiry. Of simultaneous moves
     * of one session, one succeeds and the others find no session under the old token. Every
     * move counts against the account's and the address's token bindings, as a login does: a
     * refusal of a token in use tells that someone holds it.
     */
    public void rename(String oldToken, String newToken, String clientAddress) {
        StoreSession session = live(oldToken, clientAddress, LockModeType.PESSIMISTIC_WRITE);
        reserveBinding(session.getUserId(), clientAddress);
        String newHash = Secrets.sha256Hex(newToken);
        // Read, not locked: two sessions moving to each other's tokens would each hold one row
        // and wait for the other. The token's unique constraint settles any race left.
        StoreSession holder = byTokenHash(newHash, LockModeType.NONE);
        if (holder != null && !holder.getId().equals(session.getId())) {
            if (isLive(holder, clock.instant())) {
                throw new DuplicateException(TOKEN_TAKEN);
            }
            em.createQuery("DELETE FROM StoreSession s WHERE s.id = :id").setParameter("id", holder.getId())
                    .executeUpdate();
        }
        session.rename(newHash);
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (Constraints.broke(e, "store_session_token_uk")) {
                throw new DuplicateException(TOKEN_TAKEN);
            }
            throw e;
        }
    }

    /**
     * Changes the account's one password (the same {@code /auth/login} checks). The account's
     * tokens and its other store sessions end; this session carries on.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void changePassword(String token, String oldPassword, String newPassword, String clientAddress) {
        StoreSessions self = context.getBusinessObject(StoreSessions.class);
        long userId = self.holder(token, clientAddress);
        VerifiedUser changed;
        try {
            changed = accounts.replacePassword(userId, oldPassword, newPassword);
        } catch (InvalidInputException e) {
            if (Accounts.WRONG_CURRENT_PASSWORD.equals(e.getMessage())) {
                throw new AuthenticationFailedException(WRONG_PASSWORD);
            }
            throw e;
        }
        self.keepOnly(Secrets.sha256Hex(token), changed);
    }

    /** Ends the user's sessions but the one {@code tokenHash} names, which moves to the new token generation. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void keepOnly(String tokenHash, VerifiedUser user) {
        em.createQuery("DELETE FROM StoreSession s WHERE s.userId = :user AND s.tokenHash <> :hash")
                .setParameter("user", user.user().id())
                .setParameter("hash", tokenHash)
                .executeUpdate();
        StoreSession kept = byTokenHash(tokenHash, LockModeType.PESSIMISTIC_WRITE);
        if (kept != null) {
            kept.survivePasswordChange(user.tokenGeneration());
        }
    }

    /** Deletes the sessions that have ended, every ten minutes on every instance. */
    @Schedule(hour = "*", minute = "*/10", persistent = false)
    public void purgeEnded() {
        Instant now = clock.instant();
        em.createQuery("DELETE FROM StoreSession s WHERE s.expiresAt < :now OR s.lastUsedAt < :idleSince")
                .setParameter("now", now)
                .setParameter("idleSince", now.minus(idle()))
                .executeUpdate();
    }

    /**
     * Takes one of the account's and the address's token bindings (a login or a move to a new
     * token), whatever comes of it: the answer to a binding says whether a token is in use, so
     * bindings are guesses, and limited as such.
     */
    private void reserveBinding(long userId, String clientAddress) {
        throttle.reserve("store-binding:user:" + userId, maxBindingsPerUser, failureWindow());
        throttle.reserve("store-binding:address:" + clientAddress, maxBindingsPerAddress, failureWindow());
    }

    /** Whether a session still counts: not ended by time, and its account's password unchanged since it began. */
    private boolean isLive(StoreSession session, Instant now) {
        return session.isLive(now, idle())
                && accounts.tokenHolder(session.getUserId(), session.getTokenGeneration()).isPresent();
    }

    /**
     * The user whose live session the caller names, checked in the caller's transaction, which
     * keeps the session's last use if it commits. A token that names none is refused but not
     * counted: the caller counts it ({@link #countInvalidSession}) once its transaction has
     * ended, so that no request holds two connections at once.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public long holderInCallersTransaction(StoreCaller caller) {
        return found(caller.token(), caller.address(), LockModeType.NONE).getUserId();
    }

    /** Counts a token that named no live session against the client's address. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void countInvalidSession(String clientAddress) {
        throttle.reserve(invalidSessions(clientAddress), maxFailuresPerAddress, failureWindow());
    }

    private StoreSession live(String token, String clientAddress) {
        return live(token, clientAddress, LockModeType.NONE);
    }

    private StoreSession live(String token, String clientAddress, LockModeType lock) {
        try {
            return found(token, clientAddress, lock);
        } catch (InvalidSessionException e) {
            countInvalidSession(clientAddress);
            throw e;
        }
    }

    private StoreSession found(String token, String clientAddress, LockModeType lock) {
        long wait = throttle.retryAfter(invalidSessions(clientAddress), maxFailuresPerAddress, failureWindow());
        if (wait > 0) {
            throw new RateLimitedException(wait);
        }
        Instant now = clock.instant();
        StoreSession session = byTokenHash(Secrets.sha256Hex(token), lock);
        if (session == null || !isLive(session, now)) {
            throw new InvalidSessionException(INVALID_SESSION);
        }
        session.touch(now, idle());
        return session;
    }

    private static String invalidSessions(String clientAddress) {
        return "store-session:address:" + clientAddress;
    }

    private StoreSession byTokenHash(String tokenHash, LockModeType lock) {
        return em.createQuery("SELECT s FROM StoreSession s WHERE s.tokenHash = :hash", StoreSession.class)
                .setParameter("hash", tokenHash)
                .setLockMode(lock)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private Duration idle() {
        return Duration.ofSeconds(idleSeconds);
    }

    private Duration lifetime() {
        return Duration.ofSeconds(maxSeconds);
    }

    private Duration failureWindow() {
        return Duration.ofSeconds(failureWindowSeconds);
    }
}
