package com.scanport.cart;

import com.scanport.platform.Sweep;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/** Every ten minutes: forgets used QR tokens that have expired (an expired token is refused for that alone). */
@ApplicationScoped
public class CartTokenSweep implements Sweep {

    @EJB
    private Carts carts;

    @Override
    public String name() {
        return "Cart token housekeeping";
    }

    @Override
    public Duration every() {
        return Duration.ofMinutes(10);
    }

    @Override
    public void sweep() {
        carts.forgetExpiredTokens();
    }
}
