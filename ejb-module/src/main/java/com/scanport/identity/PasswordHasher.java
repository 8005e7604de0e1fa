package com.scanport.identity;

import at.favre.lib.crypto.bcrypt.BCrypt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * bcrypt, with a stand-in hash so that checking an unknown user costs what checking a known
 * one does. At most one hash per core runs at a time: a burst of logins queues here instead
 * of taking every CPU from the other requests.
 */
@ApplicationScoped
public class PasswordHasher {

    /** The shortest password an account may be given. */
    public static final int MIN_PASSWORD_LENGTH = 8;

    /** bcrypt reads at most 72 bytes of a password; longer ones are refused rather than cut. */
    public static final int MAX_PASSWORD_BYTES = 72;

    @Inject
    @ConfigProperty(name = "scanport.password.bcrypt-cost", defaultValue = "10")
    int cost;

    private static final Semaphore HASHING = new Semaphore(Runtime.getRuntime().availableProcessors(), true);

    private volatile String standIn;

    /** At startup, so that not even the first login for an unknown user takes longer. */
    void prepare(@Observes @Initialized(ApplicationScoped.class) Object started) {
        standIn();
    }

    public String hash(String password) {
        return limited(() -> BCrypt.withDefaults().hashToString(cost, password.toCharArray()));
    }

    /** Checks {@code password} against {@code hash}, or against a stand-in when there is no user. */
    public boolean matches(String password, String hash) {
        String against = hash != null ? hash : standIn();
        byte[] bytes = password.getBytes(StandardCharsets.UTF_8);
        boolean tooLong = bytes.length > MAX_PASSWORD_BYTES;
        byte[] checked = tooLong ? Arrays.copyOf(bytes, MAX_PASSWORD_BYTES) : bytes;
        boolean verified = limited(() -> BCrypt.verifyer().verify(checked,
                against.getBytes(StandardCharsets.US_ASCII)).verified);
        return hash != null && !tooLong && verified;
    }

    private static <T> T limited(Supplier<T> hashing) {
        HASHING.acquireUninterruptibly();
        try {
            return hashing.get();
        } finally {
            HASHING.release();
        }
    }

    private String standIn() {
        String value = standIn;
        if (value == null) {
            value = hash("stand-in for a user that does not exist");
            standIn = value;
        }
        return value;
    }
}
