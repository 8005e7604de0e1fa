package com.scanport.cart.web;

import com.scanport.identity.web.AccountsSurface;
import com.scanport.platform.Failure;
import com.scanport.platform.web.Surface;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Set;

/**
 * Seed 000, the carts: the accounts surface's FastAPI body, but a request the cart's state
 * refuses (not available, already shopping, still in use, not enough stock or money) is 400, as
 * the seed answers it, and a second checkout of a session (or a second feedback on it) 409.
 */
@ApplicationScoped
public class CartSurface implements Surface {

    @Override
    public Set<String> roots() {
        return Set.of("carts", "customer-session", "feedback");
    }

    @Override
    public String errorBody(int status, String message, Map<String, String> fieldErrors) {
        return AccountsSurface.body(status, message, fieldErrors);
    }

    @Override
    public int status(Failure failure) {
        return switch (failure) {
            case CONFLICT -> 400;
            case DUPLICATE -> 409;
            default -> Surface.super.status(failure);
        };
    }

    @Override
    public String unauthenticatedMessage() {
        return "Not authenticated";
    }

    @Override
    public Set<String> requestHeaders() {
        return Set.of("Idempotency-Key");
    }

    @Override
    public String forbiddenMessage() {
        return "This operation requires admin privileges";
    }
}
