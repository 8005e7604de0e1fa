package com.scanport.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * The one clock every bean reads the time from ({@code @Inject Clock}), so that code can be
 * given another clock in tests instead of waiting for real time to pass.
 */
@ApplicationScoped
public class Clocks {

    private static final Clock UTC = Clock.systemUTC();

    @Produces
    Clock clock() {
        return UTC;
    }
}
