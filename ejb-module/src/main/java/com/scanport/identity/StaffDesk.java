package com.scanport.identity;

import com.scanport.platform.AuthenticationFailedException;
import com.scanport.platform.Throttle;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The image desk's shared password (seed 001), and the staff tokens it gives. The password
 * comes from {@code scanport.staff.password}, hashed with bcrypt at startup (the desk keeps
 * the hash, not the password), or as a bcrypt hash from {@code scanport.staff.password-hash}. With neither, every password
 * is refused. Guesses count against the client address, as logins do.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class StaffDesk {

    static final String INCORRECT_PASSWORD = "Incorrect password";
    /** A bcrypt hash of cost 4 to 16: dearer ones would hold a hashing permit for seconds per guess. */
    private static final Pattern BCRYPT_HASH = Pattern.compile("\\$2[aby]\\$(0[4-9]|1[0-6])\\$[./A-Za-z0-9]{53}");
    private static final Logger LOG = Logger.getLogger(StaffDesk.class.getName());

    @Inject
    @ConfigProperty(name = "scanport.staff.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "scanport.staff.password-hash")
    Optional<String> passwordHash;

    @Inject
    @ConfigProperty(name = "scanport.staff.token-lifetime-seconds", defaultValue = "1800")
    long tokenLifetimeSeconds;

    @Inject
    @ConfigProperty(name = "scanport.login.max-failures-per-address", defaultValue = "20")
    int maxFailuresPerAddress;

    @Inject
    @ConfigProperty(name = "scanport.login.failure-window-seconds", defaultValue = "900")
    long failureWindowSeconds;

    @Inject
    PasswordHasher hasher;

    @Inject
    TokenIssuer tokens;

    @EJB
    Throttle throttle;

    /** The bcrypt hash to check against; null when no password is configured. */
    private String hash;
    /** Ties staff tokens to the password they were given under ({@link #deskGeneration}). */
    private int generation;

    @PostConstruct
    void prepare() {
        String plain = password.filter(p -> !p.isEmpty()).orElse(null);
        String given = passwordHash.filter(h -> !h.isEmpty()).orElse(null);
        if (plain != null && given != null) {
            throw new IllegalStateException("Set SCANPORT_STAFF_PASSWORD or SCANPORT_STAFF_PASSWORD_HASH, not both");
        }
        if (given != null && !BCRYPT_HASH.matcher(given).matches()) {
            throw new IllegalStateException("SCANPORT_STAFF_PASSWORD_HASH must be a bcrypt hash ($2a$, $2b$ or $2y$) "
                    + "of cost 04 to 16");
        }
        if (plain == null && given == null) {
            LOG.warning("No image desk password is set (SCANPORT_STAFF_PASSWORD or SCANPORT_STAFF_PASSWORD_HASH): "
                    + "POST /token refuses every password");
            return;
        }
        if (tokenLifetimeSeconds < 60) {
            throw new IllegalStateException("scanport.staff.token-lifetime-seconds must be at least 60");
        }
        hash = given != null ? given : hasher.hash(plain);
        generation = deskGeneration(plain != null ? plain : given);
        password = Optional.empty();
    }

    /**
     * A staff token for the desk's password. Outside a transaction: the hash check holds no
     * database connection.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public IssuedToken login(String presented, String clientAddress) {
        String bucket = "staff:address:" + clientAddress;
        throttle.reserve(bucket, maxFailuresPerAddress, Duration.ofSeconds(failureWindowSeconds));
        // Checked against a stand-in hash when there is no password, so that time tells nothing either.
        if (!hasher.matches(presented, hash)) {
            throw new AuthenticationFailedException(INCORRECT_PASSWORD);
        }
        throttle.release(bucket);
        return tokens.issueStaff(generation, tokenLifetimeSeconds);
    }

    /** Whether a staff token's times and generation are ones this desk gives now. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean accepts(long issuedAt, Long notBefore, long expiresAt, long tokenGeneration) {
        return hash != null && tokenGeneration == generation
                && tokens.plausible(issuedAt, notBefore, expiresAt, tokenLifetimeSeconds);
    }

    /**
     * A number that changes with the desk's password, the same on every instance that shares
     * the signing key, and tells nothing about the password to whoever reads a token: an HMAC
     * under the private signing key.
     */
    private static int deskGeneration(String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SigningKeys.keyPair().getPrivate().getEncoded(), "HmacSHA256"));
            byte[] digest = mac.doFinal(("staff-desk:" + secret).getBytes(StandardCharsets.UTF_8));
            return ((digest[0] & 0x7f) << 24) | ((digest[1] & 0xff) << 16) | ((digest[2] & 0xff) << 8) | (digest[3] & 0xff);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot derive the desk's token generation", e);
        }
    }
}
