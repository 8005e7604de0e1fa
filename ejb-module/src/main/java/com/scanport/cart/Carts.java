package com.scanport.cart;

import com.scanport.platform.AuthenticationFailedException;
import com.scanport.platform.ConflictException;
import com.scanport.platform.Constraints;
import com.scanport.platform.DuplicateException;
import com.scanport.platform.InvalidInputException;
import com.scanport.platform.NotFoundException;
import com.scanport.platform.PermissionDeniedException;
import com.scanport.store.CartLine;
import com.scanport.store.CartPayment;
import com.scanport.store.Catalogue;
import com.scanport.store.Ledger;
import com.scanport.store.ProductView;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
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
    public static final String SESSION_NOT_FOUND = "Session not found";
    static final String NOT_YOURS = "This session belongs to another shopper";
    static final String NOT_YOUR_HISTORY = "You can only see your own shopping history";
    static final String NOT_ACTIVE = "Session is not active";
    public static final String PRODUCT_NOT_FOUND = "Product not found";
    static final String TOO_MANY = "At most " + SessionItem.MAX_QUANTITY + " of one product in a session";
    static final String ENDED = "Session has already ended";

    /** Keyed once: every instance of the bean signs and checks with the same derived key. */
    private static final class Tokens {
        static final CartQrTokens SERVER = CartQrTokens.ofServer();
    }

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Clock clock;

    @EJB
    private Catalogue catalogue;

    @EJB
    private Ledger ledger;

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

    /**
     * The shopper puts {@code quantity} of a product of the catalogue (by id, else by barcode)
     * into their active session; more of a product already there adds to its line.
     */
    public SessionItems addItem(long userId, long sessionId, Long itemNo, String barcode, int quantity) {
        CartSession session = ownActive(userId, sessionId);
        ProductView product = (itemNo != null ? catalogue.onSale(itemNo) : catalogue.byBarcode(barcode))
                .orElseThrow(() -> new NotFoundException(PRODUCT_NOT_FOUND));
        SessionItem line = em.find(SessionItem.class, new SessionItem.Key(sessionId, product.id()),
                LockModeType.PESSIMISTIC_WRITE);
        if (line == null) {
            // Hibernate inserts the state persist() was given: the line is whole before that.
            em.persist(new SessionItem(sessionId, product.id(), quantity, clock.instant()));
        } else if (line.takes(quantity)) {
            line.add(quantity);
        } else {
            throw new ConflictException(TOO_MANY);
        }
        em.flush();
        return items(session);
    }

    /** What a session holds: for its shopper, or an admin ({@code admin}). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public SessionItems items(long userId, boolean admin, long sessionId) {
        CartSession session = em.find(CartSession.class, sessionId);
        if (session == null) {
            throw new NotFoundException(SESSION_NOT_FOUND);
        }
        if (!admin && session.userId() != userId) {
            throw new PermissionDeniedException(NOT_YOURS);
        }
        return items(session);
    }

    /** The shopper takes a product out of their active session again. */
    public SessionItems removeItem(long userId, long sessionId, long itemNo) {
        CartSession session = ownActive(userId, sessionId);
        SessionItem line = em.find(SessionItem.class, new SessionItem.Key(sessionId, itemNo));
        if (line == null) {
            throw new NotFoundException(PRODUCT_NOT_FOUND);
        }
        em.remove(line);
        em.flush();
        return items(session);
    }

    /**
     * A shopper's sessions, newest first, each with its items and total: for the shopper or an
     * admin ({@code admin}), else 403.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<SessionHistory> history(long callerId, boolean admin, long userId, int offset, int limit) {
        if (!admin && callerId != userId) {
            throw new PermissionDeniedException(NOT_YOUR_HISTORY);
        }
        List<CartSession> sessions = em.createQuery("SELECT s FROM CartSession s WHERE s.userId = :user"
                        + " ORDER BY s.createdAt DESC, s.id DESC", CartSession.class)
                .setParameter("user", userId)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
        // The page's lines and their products in two statements, not two a session.
        Map<Long, List<SessionItemView>> items = itemViews(sessions.stream().map(s -> s.view().sessionId()).toList());
        return sessions.stream().map(session -> {
            CheckoutView end = session.checkoutView();
            List<SessionItemView> lines = items.getOrDefault(end.sessionId(), List.of());
            return new SessionHistory(end.sessionId(), end.cartId(), end.isActive(), end.createdAt(), end.endedAt(),
                    end.endedBy(), session.wasCheckedOut() ? end.total() : total(lines), end.transactionId(), lines);
        }).toList();
    }

    private SessionItems items(CartSession session) {
        long sessionId = session.view().sessionId();
        List<SessionItemView> lines = itemViews(List.of(sessionId)).getOrDefault(sessionId, List.of());
        return new SessionItems(sessionId, session.isActive(), lines, total(lines));
    }

    /** The lines of the sessions, each session's in the order they were added, with their products. */
    private Map<Long, List<SessionItemView>> itemViews(List<Long> sessionIds) {
        if (sessionIds.isEmpty()) {
            return Map.of();
        }
        List<SessionItem> lines = em.createQuery("SELECT i FROM SessionItem i WHERE i.sessionId IN :sessions"
                        + " ORDER BY i.addedAt, i.productId", SessionItem.class)
                .setParameter("sessions", sessionIds).getResultList();
        Map<Long, ProductView> products = catalogue.products(lines.stream().map(SessionItem::productId)
                .collect(Collectors.toSet()));
        Map<Long, List<SessionItemView>> views = new HashMap<>();
        for (SessionItem line : lines) {
            ProductView product = products.get(line.productId());
            views.computeIfAbsent(line.sessionId(), id -> new ArrayList<>()).add(new SessionItemView(product.id(),
                    product.description(), product.barcode(), product.unitPrice(), line.quantity(),
                    product.unitPrice().multiply(BigDecimal.valueOf(line.quantity()))));
        }
        return views;
    }

    private static BigDecimal total(List<SessionItemView> lines) {
        return lines.stream().map(SessionItemView::lineTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The caller's own session, and still going: the only kind whose items change. */
    private CartSession ownActive(long userId, long sessionId) {
        CartSession session = em.find(CartSession.class, sessionId, LockModeType.PESSIMISTIC_WRITE);
        if (session == null) {
            throw new NotFoundException(SESSION_NOT_FOUND);
        }
        if (session.userId() != userId) {
            throw new PermissionDeniedException(NOT_YOURS);
        }
        if (!session.isActive()) {
            throw new ConflictException(NOT_ACTIVE);
        }
        return session;
    }

    /**
     * Checks a session out, in one transaction: its items taken from stock and paid from the
     * shopper's store balance through the ledger (one purchase; an empty cart pays nothing), the
     * session ended and the cart available again. Insufficient stock or funds: 400 and nothing
     * changes. The session's row is locked first, so of two checkouts one pays and the other finds
     * it ended (409), unless it repeats the first's {@code Idempotency-Key}, when it gets the first's
     * answer. Its shopper or an admin.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public CheckoutView checkout(long callerId, boolean admin, long sessionId, String retryKey) {
        CartSession unlocked = em.find(CartSession.class, sessionId);
        if (unlocked == null) {
            throw new NotFoundException(SESSION_NOT_FOUND);
        }
        if (!admin && unlocked.userId() != callerId) {
            throw new PermissionDeniedException(NOT_YOURS);
        }
        // A shopper's first purchase opens their account, in a transaction of its own and before
        // the checkout's: inside it, opening would take a second pool connection while holding
        // the first, and enough simultaneous checkouts would wait for each other's.
        ledger.open(unlocked.userId());
        return context.getBusinessObject(Carts.class).checkoutOpened(sessionId, retryKey);
    }

    /** {@link #checkout} once the shopper's ledger account is open, in one transaction. */
    public CheckoutView checkoutOpened(long sessionId, String retryKey) {
        CartSession session = em.find(CartSession.class, sessionId, LockModeType.PESSIMISTIC_WRITE);
        String request = "cart checkout " + sessionId;
        if (!session.isActive()) {
            if (retryKey != null && session.wasCheckedOut()
                    && Objects.equals(ledger.earlierPayment(session.userId(), retryKey, request).orElse(null),
                            session.checkoutTransactionId())) {
                return session.checkoutView();
            }
            throw new DuplicateException(ENDED);
        }
        List<CartLine> lines = em.createQuery("SELECT i FROM SessionItem i WHERE i.sessionId = :session",
                        SessionItem.class)
                .setParameter("session", sessionId).getResultList().stream()
                .map(item -> new CartLine(item.productId(), item.quantity())).toList();
        Instant now = clock.instant();
        if (lines.isEmpty()) {
            session.checkedOut(BigDecimal.ZERO, null, now);
        } else {
            CartPayment payment;
            try {
                payment = ledger.payForCart(session.userId(), lines, "cart " + session.cartId() + ", session "
                        + sessionId, retryKey, request);
            } catch (InvalidInputException refused) {
                // Insufficient funds or stock: the seed's clients know such refusals as 400.
                throw new ConflictException(refused.getMessage());
            }
            session.checkedOut(payment.amount(), payment.transactionId(), now);
        }
        free(session.cartId(), now);
        return session.checkoutView();
    }

    /** An admin ends a session without payment (its shopper walked away); the cart is available again. */
    public CheckoutView end(long sessionId) {
        CartSession session = em.find(CartSession.class, sessionId, LockModeType.PESSIMISTIC_WRITE);
        if (session == null) {
            throw new NotFoundException(SESSION_NOT_FOUND);
        }
        if (!session.isActive()) {
            throw new DuplicateException(ENDED);
        }
        Instant now = clock.instant();
        session.endedByAdmin(now);
        free(session.cartId(), now);
        return session.checkoutView();
    }

    /** A deleted shopper's active session ends as an admin's end would, and frees its cart. */
    public void endFor(long userId) {
        em.createQuery("SELECT s.id FROM CartSession s WHERE s.activeUserId = :user", Long.class)
                .setParameter("user", userId).getResultList().forEach(this::end);
    }

    /** The cart a session held is available again, unless an admin has put it out of service meanwhile. */
    private void free(long cartId, Instant now) {
        em.flush();
        em.createQuery("UPDATE Cart c SET c.status = :available, c.changedAt = :now WHERE c.id = :cart AND c.status = :inUse")
                .setParameter("available", CartStatus.AVAILABLE)
                .setParameter("now", now)
                .setParameter("cart", cartId)
                .setParameter("inUse", CartStatus.IN_USE)
                .executeUpdate();
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
