package com.scanport.store;

import com.scanport.platform.PermissionDeniedException;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Seed 002's product suggestions, made from purchase history (the store's and the carts'):
 * what people who bought what this user bought also bought, then what most people bought, then
 * the rest of the catalogue; never what the user bought already, only products on sale with
 * stock left.
 *
 * <p>Who bought what is read whole into memory ({@link PurchaseGraph}) at most every
 * {@code scanport.suggestions.refresh-seconds}, by one caller while the others go on with
 * the previous one; the user's own purchases are read fresh on every call. A suggestion costs
 * two indexed reads, however long the history.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class Suggestions {

    static final String NOT_YOURS = "You can only see your own suggestions";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private Catalogue catalogue;

    @Inject
    @ConfigProperty(name = "scanport.suggestions.refresh-seconds", defaultValue = "30")
    long refreshSeconds;

    private final ReentrantLock taking = new ReentrantLock();
    private volatile PurchaseGraph graph;

    /** Up to {@code count} products for {@code userId}, best first: for the user or an admin ({@code admin}). */
    public List<ProductView> forUser(long callerId, boolean admin, long userId, int count) {
        if (!admin && callerId != userId) {
            throw new PermissionDeniedException(NOT_YOURS);
        }
        Set<Long> mine = new HashSet<>();
        em.createNativeQuery("SELECT product_id FROM product_purchase WHERE user_id = ?1")
                .setParameter(1, userId)
                .getResultList().forEach(id -> mine.add(((Number) id).longValue()));
        List<Long> ranked = graph().ranking(userId, mine);
        List<ProductView> chosen = new ArrayList<>(count);
        // Most of the best are on sale: a few more than needed at a time, in one statement.
        for (int from = 0; from < ranked.size() && chosen.size() < count; from += 2 * count) {
            List<Long> candidates = ranked.subList(from, Math.min(ranked.size(), from + 2 * count));
            Map<Long, ProductView> inStock = catalogue.inStock(candidates);
            candidates.stream().map(inStock::get).filter(product -> product != null && chosen.size() < count)
                    .forEach(chosen::add);
        }
        if (chosen.size() < count) {
            Set<Long> excluded = new HashSet<>(mine);
            chosen.forEach(product -> excluded.add(product.id()));
            chosen.addAll(catalogue.inStockExcept(excluded, count - chosen.size()));
        }
        return chosen;
    }

    /** Who bought what, no older than the refresh time allows; the first caller after that takes it again. */
    private PurchaseGraph graph() {
        PurchaseGraph current = graph;
        Instant now = clock.instant();
        if (current != null && now.isBefore(current.takenAt().plusSeconds(refreshSeconds))) {
            return current;
        }
        if (current == null) {
            taking.lock();
        } else if (!taking.tryLock()) {
            return current;
        }
        try {
            if (graph != current) {
                return graph;
            }
            List<long[]> pairs = new ArrayList<>();
            for (Object row : em.createNativeQuery("SELECT user_id, product_id FROM product_purchase").getResultList()) {
                Object[] columns = (Object[]) row;
                pairs.add(new long[] {((Number) columns[0]).longValue(), ((Number) columns[1]).longValue()});
            }
            graph = PurchaseGraph.of(pairs, now);
            return graph;
        } finally {
            taking.unlock();
        }
    }
}
