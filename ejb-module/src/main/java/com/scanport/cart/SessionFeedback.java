package com.scanport.cart;

import com.scanport.platform.ConflictException;
import com.scanport.platform.Constraints;
import com.scanport.platform.DuplicateException;
import com.scanport.platform.InvalidInputException;
import com.scanport.platform.NotFoundException;
import com.scanport.platform.PermissionDeniedException;
import com.scanport.store.Catalogue;
import com.scanport.store.ProductView;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Seed 002's feedback: a shopper says how one of their ended sessions went (sad, neutral,
 * happy), with a comment and the session's products they single out; once a session. Admins
 * read it all and its counts.
 */
@Stateless
public class SessionFeedback {

    static final String NOT_YOURS = "You can only give or read feedback on your own sessions";
    static final String STILL_ACTIVE = "Feedback is given once the session has ended";
    static final String ALREADY_GIVEN = "This session already has feedback";
    static final String NO_FEEDBACK = "This session has no feedback";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private Catalogue catalogue;

    /** The shopper's feedback on their ended session; each product named must have been in it. */
    public FeedbackView give(long userId, long sessionId, String satisfaction, String additionalComments,
                             List<Long> selectedItemIds) {
        CartSession session = em.find(CartSession.class, sessionId);
        if (session == null) {
            throw new NotFoundException(Carts.SESSION_NOT_FOUND);
        }
        if (session.userId() != userId) {
            throw new PermissionDeniedException(NOT_YOURS);
        }
        if (session.isActive()) {
            throw new ConflictException(STILL_ACTIVE);
        }
        if (hasFeedback(sessionId)) {
            throw new DuplicateException(ALREADY_GIVEN);
        }
        List<Long> named = List.copyOf(new LinkedHashSet<>(selectedItemIds));
        Set<Long> inSession = new HashSet<>(em.createQuery("SELECT i.productId FROM SessionItem i"
                        + " WHERE i.sessionId = :session", Long.class)
                .setParameter("session", sessionId).getResultList());
        named.stream().filter(id -> !inSession.contains(id)).findFirst().ifPresent(id -> {
            throw new InvalidInputException("selected_item_ids names product " + id + ", which was not in this session",
                    Map.of("selected_item_ids", "must name products of the session (" + id + " was not in it)"));
        });
        Feedback feedback = new Feedback(sessionId, userId, satisfaction, additionalComments, named, clock.instant());
        em.persist(feedback);
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (Constraints.broke(e, "cart_feedback_session_uk")) {
                throw new DuplicateException(ALREADY_GIVEN);
            }
            throw e;
        }
        return feedback.view();
    }

    /** A session's feedback: for its shopper or an admin ({@code admin}). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public FeedbackView ofSession(long callerId, boolean admin, long sessionId) {
        CartSession session = em.find(CartSession.class, sessionId);
        if (session == null) {
            throw new NotFoundException(Carts.SESSION_NOT_FOUND);
        }
        if (!admin && session.userId() != callerId) {
            throw new PermissionDeniedException(NOT_YOURS);
        }
        List<Feedback> found = em.createQuery("SELECT f FROM Feedback f WHERE f.sessionId = :session", Feedback.class)
                .setParameter("session", sessionId).getResultList();
        if (found.isEmpty()) {
            throw new NotFoundException(NO_FEEDBACK);
        }
        long id = found.get(0).id();
        return found.get(0).view(selectedItems(List.of(id)).getOrDefault(id, List.of()));
    }

    /** All feedback, newest first, a page at a time. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<FeedbackView> list(int offset, int limit) {
        List<Feedback> page = em.createQuery("SELECT f FROM Feedback f ORDER BY f.createdAt DESC, f.id DESC",
                        Feedback.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
        if (page.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Long>> named = selectedItems(page.stream().map(Feedback::id).toList());
        return page.stream().map(feedback -> feedback.view(named.getOrDefault(feedback.id(), List.of()))).toList();
    }

    /** Every feedback counted, by satisfaction and by product singled out (most often first). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public FeedbackStats stats() {
        Map<String, Long> bySatisfaction = new LinkedHashMap<>();
        Feedback.SATISFACTIONS.forEach(satisfaction -> bySatisfaction.put(satisfaction, 0L));
        em.createQuery("SELECT f.satisfaction, COUNT(f) FROM Feedback f GROUP BY f.satisfaction", Object[].class)
                .getResultList().forEach(row -> bySatisfaction.put((String) row[0], ((Number) row[1]).longValue()));
        Map<Long, Map<String, Long>> byItem = new TreeMap<>();
        for (Object row : em.createNativeQuery("SELECT i.product_id, f.satisfaction, COUNT(*) FROM cart_feedback f"
                + " JOIN cart_feedback_item i ON i.feedback_id = f.id GROUP BY i.product_id, f.satisfaction").getResultList()) {
            Object[] columns = (Object[]) row;
            byItem.computeIfAbsent(((Number) columns[0]).longValue(), id -> new HashMap<>())
                    .put((String) columns[1], ((Number) columns[2]).longValue());
        }
        Map<Long, ProductView> products = catalogue.products(byItem.keySet());
        List<FeedbackStats.Item> items = byItem.entrySet().stream().map(entry -> {
            Map<String, Long> counts = entry.getValue();
            long sad = counts.getOrDefault("sad", 0L);
            long neutral = counts.getOrDefault("neutral", 0L);
            long happy = counts.getOrDefault("happy", 0L);
            return new FeedbackStats.Item(entry.getKey(), products.get(entry.getKey()).description(),
                    sad + neutral + happy, sad, neutral, happy);
        }).sorted((a, b) -> Long.compare(b.count(), a.count())).toList();
        long total = bySatisfaction.values().stream().mapToLong(Long::longValue).sum();
        return new FeedbackStats(total, bySatisfaction, items);
    }

    /**
     * The products each feedback singles out, in the shopper's order: in one statement for a page
     * of feedback, and read here because these reads run without a transaction, where a lazy
     * collection could not load later.
     */
    private Map<Long, List<Long>> selectedItems(List<Long> feedbackIds) {
        StringBuilder sql = new StringBuilder("SELECT feedback_id, product_id FROM cart_feedback_item WHERE feedback_id IN (");
        for (int i = 1; i <= feedbackIds.size(); i++) {
            sql.append(i == 1 ? "?" : ", ?").append(i);
        }
        Query items = em.createNativeQuery(sql.append(") ORDER BY feedback_id, position").toString());
        for (int i = 0; i < feedbackIds.size(); i++) {
            items.setParameter(i + 1, feedbackIds.get(i));
        }
        Map<Long, List<Long>> named = new HashMap<>();
        for (Object row : items.getResultList()) {
            Object[] columns = (Object[]) row;
            named.computeIfAbsent(((Number) columns[0]).longValue(), id -> new ArrayList<>())
                    .add(((Number) columns[1]).longValue());
        }
        return named;
    }

    private boolean hasFeedback(long sessionId) {
        return !em.createQuery("SELECT f.id FROM Feedback f WHERE f.sessionId = :session", Long.class)
                .setParameter("session", sessionId).getResultList().isEmpty();
    }
}
