package com.scanport.store;

import com.scanport.platform.Constraints;
import com.scanport.platform.DuplicateException;
import com.scanport.platform.NotFoundException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.stream.Collectors;
import java.util.Map;
import java.util.Collection;
import java.util.Optional;

/** The catalogue: admins keep it, the store sells from it and the carts fill from it. */
@Stateless
public class Catalogue {

    static final String PRODUCT_NOT_FOUND = "Product not found";
    static final String BARCODE_TAKEN = "Barcode already registered";

    @PersistenceContext
    private EntityManager em;

    public ProductView add(ProductDraft draft) {
        ensureBarcodeFree(draft.barcode(), null);
        Product product = new Product(draft);
        em.persist(product);
        flushOrReportDuplicate();
        return product.view();
    }

    /** The products on sale, in the order they were added. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<ProductView> onSale() {
        return em.createQuery("SELECT p FROM Product p WHERE p.retired = :retired ORDER BY p.id", Product.class)
                .setParameter("retired", false)
                .getResultStream()
                .map(Product::view)
                .toList();
    }

    /** A product on sale, by its id (the seed's {@code item_no_}). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<ProductView> onSale(long id) {
        Product product = em.find(Product.class, id);
        return product == null || product.isRetired() ? Optional.empty() : Optional.of(product.view());
    }

    /** Products by id, whether on sale or not, for lists that name many (a session's lines, a history). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Map<Long, ProductView> products(Collection<Long> ids) {
        return byId(ids, false);
    }

    /** Of the products named, those on sale with stock left. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Map<Long, ProductView> inStock(Collection<Long> ids) {
        return byId(ids, true);
    }

    private Map<Long, ProductView> byId(Collection<Long> ids, boolean onSaleInStock) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        var query = em.createQuery("SELECT p FROM Product p WHERE p.id IN :ids"
                        + (onSaleInStock ? " AND p.retired = :retired AND p.stock > 0" : ""), Product.class)
                .setParameter("ids", List.copyOf(ids));
        if (onSaleInStock) {
            query.setParameter("retired", false);
        }
        return query.getResultList().stream()
                .map(Product::view)
                .collect(Collectors.toMap(ProductView::id, product -> product));
    }

    /** At most {@code limit} products on sale with stock left, none of {@code excluded}, in the order they were added. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<ProductView> inStockExcept(Collection<Long> excluded, int limit) {
        String others = excluded.isEmpty() ? "" : " AND p.id NOT IN :excluded";
        var query = em.createQuery("SELECT p FROM Product p WHERE p.retired = :retired AND p.stock > 0" + others
                        + " ORDER BY p.id", Product.class)
                .setParameter("retired", false)
                .setMaxResults(limit);
        if (!excluded.isEmpty()) {
            query.setParameter("excluded", List.copyOf(excluded));
        }
        return query.getResultList().stream().map(Product::view).toList();
    }

    /** A product on sale, by its barcode. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<ProductView> byBarcode(String barcode) {
        return em.createQuery("SELECT p FROM Product p WHERE p.barcode = :barcode AND p.retired = :retired", Product.class)
                .setParameter("barcode", barcode)
                .setParameter("retired", false)
                .getResultList().stream().findFirst().map(Product::view);
    }

    public ProductView revise(long id, ProductDraft draft) {
        Product product = existing(id);
        ensureBarcodeFree(draft.barcode(), id);
        product.revise(draft);
        flushOrReportDuplicate();
        return product.view();
    }

    public void retire(long id) {
        existing(id).retire();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean isEmpty() {
        return em.createQuery("SELECT COUNT(p) FROM Product p", Long.class).getSingleResult() == 0;
    }

    private Product existing(long id) {
        Product product = em.find(Product.class, id);
        if (product == null || product.isRetired()) {
            throw new NotFoundException(PRODUCT_NOT_FOUND);
        }
        return product;
    }

    private void ensureBarcodeFree(String barcode, Long exceptId) {
        if (barcode == null) {
            return;
        }
        boolean taken = em.createQuery("SELECT p.id FROM Product p WHERE p.barcode = :barcode", Long.class)
                .setParameter("barcode", barcode)
                .getResultStream()
                .anyMatch(id -> !id.equals(exceptId));
        if (taken) {
            throw new DuplicateException(BARCODE_TAKEN);
        }
    }

    /** Two admins adding one barcode at once both pass the check; the database's constraint picks one. */
    private void flushOrReportDuplicate() {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (Constraints.broke(e, "product_barcode_uk")) {
                throw new DuplicateException(BARCODE_TAKEN);
            }
            throw e;
        }
    }
}
