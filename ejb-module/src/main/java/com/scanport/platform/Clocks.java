package com.scanport.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;

/**
 * The one clock every bean reads the time from ({@code @Inject Clock}), so that code can be
 * given another clock in tests instead of waiting for real time to pass.
 */
@ApplicationScoped
public class Clocks {

    /**
     * In whole microseconds, as PostgreSQL and H2 keep times: a time answered when something is
     * made reads back the same from the database later.
     */
    private static final Clock UTC = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));

    @Produces
    Clock clock() {
        return UTC;
    }
}
