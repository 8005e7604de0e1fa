package com.scanport.platform;

/** Too many failed attempts under one key; {@code retryAfterSeconds} is when the window ends. */
public class RateLimitedException extends ScanportException {

    private static final long serialVersionUID = 1L;

    private final long retryAfterSeconds;

    public RateLimitedException(long retryAfterSeconds) {
        this("Too many failed attempts, try again in " + retryAfterSeconds + " seconds", retryAfterSeconds);
    }

    /** Too many attempts of something other than a guess, saying what. */
    public RateLimitedException(String message, long retryAfterSeconds) {
        super(message);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    @Override
    public Failure failure() {
        return Failure.RATE_LIMITED;
    }
}
