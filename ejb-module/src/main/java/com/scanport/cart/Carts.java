package com.scanport.cart;

import com.scanport.platform.AuthenticationFailedException;
import com.scanport.platform.ConflictException;
import com.scanport.platform.Constraints;
import com.scanport.platform.NotFoundException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Smart carts (seed 000): admins keep the fleet; a cart's screen shows a QR code of a signed,
 * short-lived, single-use token; a signed-in shopper scans it and a session starts on the cart.
 */
@Stateless
public class Carts {

    public static final String CART_NOT_FOUND = "Cart not found";
    public static final String INVALID_QR = "Invalid or expired QR code.";
    static final String ALREADY_SHOPPING = "You already have an active shopping session";
    static final String STILL_IN_USE = "Cart has an active session: it becomes available when the session ends";

    /** Keyed once: every instance of the bean signs and checks with the same derived key. */
    private static final class Tokens {
        static final CartQrTokens SERVER = CartQrTokens.ofServer();
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "scanport.cart.qr-ttl-seconds", defaultValue = "60")
    long qrTtlSeconds;

    public CartView create(CartStatus status) {
        Cart cart = new Cart(status, clock.instant());
        em.persist(cart);
        em.flush();
        return cart.view();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<CartView> list() {
        return em.createQuery("SELECT c FROM Cart c ORDER BY c.id", Cart.class).getResultList().stream()
                .map(Cart::view).toList();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public CartView find(long cartId) {
        return existing(cartId, LockModeType.NONE).view();
    }

    /** An admin sets a cart's status; a cart someone shops with does not become available under them. */
    public CartView changeStatus(long cartId, CartStatus status) {
        Cart cart = existing(cartId, LockModeType.PESSIMISTIC_WRITE);
        if (status == CartStatus.AVAILABLE && hasActiveSession(cartId)) {
            throw new ConflictException(STILL_IN_USE);
        }
        cart.setBy(status, clock.instant());
        return cart.view();
    }

    /** A fresh token for the cart's screen, good for {@code scanport.cart.qr-ttl-seconds}. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public String qrToken(long cartId) {
        if (em.find(Cart.class, cartId) == null) {
            throw new NotFoundException(CART_NOT_FOUND);
        }
        return Tokens.SERVER.issue(cartId, clock.instant().plusSeconds(qrTtlSeconds));
    }

    /**
     * A shopper scanned a cart's code. The token must be this server's, unexpired and unused; the
     * cart is claimed by a conditional update (of any number of simultaneous scans exactly one
     * finds it available), and the session's unique columns keep one active session per cart and
     * per shopper. All in one transaction: a refused scan claims nothing and uses up no token.
     */
    public CartSessionView scan(long userId, String token) {
        Instant now = clock.instant();
        CartQrTokens.Token claims = Tokens.SERVER.read(token, now)
                .orElseThrow(() -> new AuthenticationFailedException(INVALID_QR));
        if (em.find(UsedQrToken.class, claims.id()) != null) {
            throw new AuthenticationFailedException(INVALID_QR);
        }
        Cart cart = em.find(Cart.class, claims.cartId());
        if (cart == null) {
            throw new NotFoundException(CART_NOT_FOUND);
        }
        if (hasActiveSessionOf(userId)) {
            throw new ConflictException(ALREADY_SHOPPING);
        }
        int claimed = em.createQuery("UPDATE Cart c SET c.status = :inUse, c.changedAt = :now"
                        + " WHERE c.id = :cart AND c.status = :available")
                .setParameter("inUse", CartStatus.IN_USE)
                .setParameter("now", now)
                .setParameter("cart", claims.cartId())
                .setParameter("available", CartStatus.AVAILABLE)
                .executeUpdate();
        if (claimed == 0) {
            em.refresh(cart);
            throw new ConflictException("Cart is not available (current status: " + cart.status().wire() + ")");
        }
        CartSession session = new CartSession(claims.cartId(), userId, now);
        em.persist(session);
        em.persist(new UsedQrToken(claims, now));
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (Constraints.broke(e, "cart_session_user_uk")) {
                throw new ConflictException(ALREADY_SHOPPING);
            }
            if (Constraints.broke(e, "cart_qr_token_pk")) {
                throw new AuthenticationFailedException(INVALID_QR);
            }
            throw e;
        }
        return session.view();
    }

    /** Deletes the used tokens that have expired; how many. */
    public int forgetExpiredTokens() {
        return em.createQuery("DELETE FROM UsedQrToken t WHERE t.expiresAt < :now")
                .setParameter("now", clock.instant()).executeUpdate();
    }

    private boolean hasActiveSession(long cartId) {
        return !em.createQuery("SELECT s.id FROM CartSession s WHERE s.activeCartId = :cart", Long.class)
                .setParameter("cart", cartId).getResultList().isEmpty();
    }

    private boolean hasActiveSessionOf(long userId) {
        return !em.createQuery("SELECT s.id FROM CartSession s WHERE s.activeUserId = :user", Long.class)
                .setParameter("user", userId).getResultList().isEmpty();
    }

    private Cart existing(long cartId, LockModeType lock) {
        Cart cart = em.find(Cart.class, cartId, lock);
        if (cart == null) {
            throw new NotFoundException(CART_NOT_FOUND);
        }
        return cart;
    }
}
