package com.scanport.identity;

import com.scanport.platform.AuthenticationFailedException;
import com.scanport.platform.Constraints;
import com.scanport.platform.DuplicateException;
import com.scanport.platform.InvalidInputException;
import com.scanport.platform.NotFoundException;
import com.scanport.platform.PermissionDeniedException;
import com.scanport.platform.RateLimitedException;
import com.scanport.platform.Roles;
import com.scanport.platform.Secrets;
import com.scanport.platform.Throttle;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Accounts: signing up (users, and admins with the admin secret), logging in, one's own
 * profile and password, and the admin's view of all users.
 */
@Stateless
public class Accounts {

    static final String USERNAME_TAKEN = "Username already registered";
    static final String EMAIL_TAKEN = "Email already registered";
    static final String MOBILE_NUMBER_TAKEN = "Mobile number already registered";
    static final String BAD_CREDENTIALS = "Incorrect username or password";
    static final String BAD_ADMIN_SECRET = "Invalid admin secret key";
    static final String ADMIN_SIGNUP_DISABLED = "Admin signup is disabled";
    /** What a wrong current password is told; other surfaces recognise the failure by it. */
    public static final String WRONG_CURRENT_PASSWORD = "Current password is incorrect";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private Throttle throttle;

    @Inject
    private PasswordHasher passwords;

    @Inject
    private TokenIssuer tokens;

    @Inject
    private Clock clock;

    @Inject
    private Event<AccountDeleted> deleted;

    @Inject
    @ConfigProperty(name = "scanport.admin.secret")
    Optional<String> adminSecret;

    @Inject
    @ConfigProperty(name = "scanport.login.max-failures-per-user", defaultValue = "5")
    int maxFailuresPerUser;

    @Inject
    @ConfigProperty(name = "scanport.login.max-failures-per-address", defaultValue = "20")
    int maxFailuresPerAddress;

    @Inject
    @ConfigProperty(name = "scanport.login.failure-window-seconds", defaultValue = "900")
    long failureWindowSeconds;

    public UserView signUp(NewUser user) {
        return create(user, false);
    }

    /** Creates an admin when {@code presentedSecret} is the configured admin secret. */
    public UserView signUpAdmin(NewUser user, String presentedSecret, String clientAddress) {
        String secret = adminSecret.filter(s -> !s.isBlank())
                .orElseThrow(() -> new PermissionDeniedException(ADMIN_SIGNUP_DISABLED));
        String bucket = "admin-secret:address:" + clientAddress;
        throttle.reserve(bucket, maxFailuresPerUser, failureWindow());
        if (!Secrets.constantTimeEquals(secret, presentedSecret)) {
            throw new PermissionDeniedException(BAD_ADMIN_SECRET);
        }
        throttle.release(bucket);
        return create(user, true);
    }

    /** Checks the password ({@link #verify}) and issues a token. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Login login(String username, String password, String clientAddress) {
        VerifiedUser verified = verify(username, password, clientAddress);
        return new Login(verified.user(), issueToken(verified));
    }

    /**
     * Checks the password. Unknown users cost one bcrypt check too, and get the same answer,
     * so that neither time nor message tells who has an account. Each check is reserved
     * against the username and the client address first, so simultaneous guesses never
     * outrun the limits. A username no account can have costs no hash check, but counts
     * against the address all the same. Every surface that takes an account's password
     * checks it here, under the same limits.
     * Outside a transaction: the hash check holds no database connection.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public VerifiedUser verify(String username, String password, String clientAddress) {
        String addressBucket = "login:address:" + clientAddress;
        if (username.length() > UserAccount.MAX_USERNAME_LENGTH) {
            throttle.reserve(addressBucket, maxFailuresPerAddress, failureWindow());
            throw new AuthenticationFailedException(BAD_CREDENTIALS);
        }
        String userBucket = "login:user:" + UserAccount.key(username);
        throttle.reserve(userBucket, maxFailuresPerUser, failureWindow());
        try {
            throttle.reserve(addressBucket, maxFailuresPerAddress, failureWindow());
        } catch (RateLimitedException e) {
            throttle.release(userBucket);
            throw e;
        }
        UserAccount account = byUsername(username).orElse(null);
        if (!passwords.matches(password, account == null ? null : account.getPasswordHash())) {
            throw new AuthenticationFailedException(BAD_CREDENTIALS);
        }
        throttle.reset(userBucket);
        throttle.release(addressBucket);
        return account.verified();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<UserView> find(long id) {
        return Optional.ofNullable(em.find(UserAccount.class, id)).map(UserAccount::view);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<UserView> list(int offset, int limit) {
        return em.createQuery("SELECT u FROM UserAccount u ORDER BY u.id", UserAccount.class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultStream()
                .map(UserAccount::view)
                .toList();
    }

    public UserView updateProfile(long id, ProfileChange change) {
        UserAccount account = existing(id, LockModeType.NONE);
        if (change.email() != null) {
            ensureFree("u.emailKey", UserAccount.key(change.email()), id, EMAIL_TAKEN);
        }
        if (change.mobileNumber() != null) {
            ensureFree("u.mobileNumber", change.mobileNumber(), id, MOBILE_NUMBER_TAKEN);
        }
        account.apply(change);
        flushOrReportDuplicate();
        return account.view();
    }

    /** Changes the password ({@link #replacePassword}) and returns a fresh token. */
    public IssuedToken changePassword(long id, String currentPassword, String newPassword) {
        return issueToken(replacePassword(id, currentPassword, newPassword));
    }

    /**
     * Needs the current password; every token and store session begun before stops working.
     * The user's row stays locked from the check to the change, so that of simultaneous changes
     * exactly one wins: the others then check against the new password and fail as a wrong
     * current password does.
     */
    public VerifiedUser replacePassword(long id, String currentPassword, String newPassword) {
        UserAccount account = existing(id, LockModeType.PESSIMISTIC_WRITE);
        String bucket = "password-change:user:" + id;
        throttle.reserve(bucket, maxFailuresPerUser, failureWindow());
        if (!passwords.matches(currentPassword, account.getPasswordHash())) {
            throw new InvalidInputException(WRONG_CURRENT_PASSWORD, Map.of("old_password", "is incorrect"));
        }
        throttle.reset(bucket);
        account.changePassword(passwords.hash(newPassword));
        return account.verified();
    }

    public void delete(long id) {
        em.remove(existing(id, LockModeType.NONE));
        deleted.fire(new AccountDeleted(id));
    }

    /**
     * The user a token belongs to, if the token is still good: the user exists and the token
     * was issued under their current token generation (no password change since).
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<UserView> tokenHolder(long userId, long tokenGeneration) {
        UserAccount account = em.find(UserAccount.class, userId);
        return account != null && account.getTokenGeneration() == tokenGeneration
                ? Optional.of(account.view()) : Optional.empty();
    }

    private UserView create(NewUser user, boolean admin) {
        String hash = passwords.hash(user.password());
        ensureFree("u.usernameKey", UserAccount.key(user.username()), null, USERNAME_TAKEN);
        ensureFree("u.emailKey", UserAccount.key(user.email()), null, EMAIL_TAKEN);
        ensureFree("u.mobileNumber", user.mobileNumber(), null, MOBILE_NUMBER_TAKEN);
        UserAccount account = new UserAccount(user, hash, admin, clock.instant());
        em.persist(account);
        flushOrReportDuplicate();
        return account.view();
    }

    /**
     * A token for a device the user let sign in as them (device login): the user's own token,
     * naming the device and the sign-in that can end it, if the user's token generation is still
     * the one they approved it under; empty when a password change has come between, or the user
     * is gone.
     */
    public Optional<IssuedToken> issueDeviceToken(long userId, int approvedGeneration, long signIn, String deviceId) {
        UserAccount account = em.find(UserAccount.class, userId);
        if (account == null || account.getTokenGeneration() != approvedGeneration) {
            return Optional.empty();
        }
        VerifiedUser verified = account.verified();
        return Optional.of(tokens.issueForDevice(userId, verified.user().username(), groups(verified.user()),
                verified.tokenGeneration(), signIn, deviceId));
    }

    private IssuedToken issueToken(VerifiedUser verified) {
        UserView user = verified.user();
        return tokens.issue(user.id(), user.username(), groups(user), verified.tokenGeneration());
    }

    private static List<String> groups(UserView user) {
        return user.isAdmin() ? List.of(Roles.USER, Roles.ADMIN) : List.of(Roles.USER);
    }

    private Optional<UserAccount> byUsername(String username) {
        return em.createQuery("SELECT u FROM UserAccount u WHERE u.usernameKey = :key", UserAccount.class)
                .setParameter("key", UserAccount.key(username))
                .getResultStream()
                .findFirst();
    }

    private UserAccount existing(long id, LockModeType lock) {
        UserAccount account = em.find(UserAccount.class, id, lock);
        if (account == null) {
            throw new NotFoundException("User not found");
        }
        return account;
    }

    private void ensureFree(String field, String value, Long exceptId, String message) {
        var query = em.createQuery("SELECT COUNT(u) FROM UserAccount u WHERE " + field + " = :value"
                        + (exceptId == null ? "" : " AND u.id <> :id"), Long.class)
                .setParameter("value", value);
        if (exceptId != null) {
            query.setParameter("id", exceptId);
        }
        if (query.getSingleResult() > 0) {
            throw new DuplicateException(message);
        }
    }

    /** Two sign-ups racing for one name both pass the checks; the database's constraint picks one. */
    private void flushOrReportDuplicate() {
        try {
            em.flush();
        } catch (PersistenceException e) {
            String taken = takenMessage(e);
            if (taken != null) {
                throw new DuplicateException(taken);
            }
            throw e;
        }
    }

    /** What a unique-constraint violation says to the client, by the constraint's name; null for any other failure. */
    static String takenMessage(Throwable failure) {
        if (Constraints.broke(failure, "app_user_username_uk")) {
            return USERNAME_TAKEN;
        }
        if (Constraints.broke(failure, "app_user_email_uk")) {
            return EMAIL_TAKEN;
        }
        if (Constraints.broke(failure, "app_user_mobile_number_uk")) {
            return MOBILE_NUMBER_TAKEN;
        }
        return null;
    }

    private Duration failureWindow() {
        return Duration.ofSeconds(failureWindowSeconds);
    }
}
