package com.scanport.store;

import com.scanport.identity.Accounts;
import com.scanport.platform.Constraints;
import com.scanport.platform.InvalidInputException;
import com.scanport.platform.KeyReusedException;
import com.scanport.platform.LostRaces;
import com.scanport.platform.NotFoundException;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every user's money, kept double-entry: a transaction takes its amount from one account and
 * gives it to another, so that all balances always sum to zero. Balances move only by
 * conditional updates taken in ascending account order (see the package's lock order), so a
 * balance never goes below zero and crossing transfers never deadlock.
 */
@Stateless
public class Ledger {

    static final String INSUFFICIENT_FUNDS = "Insufficient funds";
    static final String NOT_POSITIVE = "Amount must be positive";
    static final String TOO_PRECISE = "Amount must have at most 2 decimal places";
    static final String TOO_LARGE = "Amount is too large";
    static final String TO_YOURSELF = "Cannot transfer to yourself";
    static final String RECIPIENT_NOT_FOUND = "Recipient not found";
    static final String ITEM_NOT_FOUND = "Item not found";
    static final String OUT_OF_STOCK = "Out of stock";
    static final String KEY_REUSED = "Idempotency-Key was already used for a different request";

    static final String DEFAULT_OPENING_BALANCE = "1000";

    /** The largest amount one transaction moves; the columns hold far more. */
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000");

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @EJB
    private Accounts accounts;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "scanport.store.opening-balance", defaultValue = DEFAULT_OPENING_BALANCE)
    BigDecimal openingBalance;

    /**
     * The id of the user's account, opened with its opening balance if the user had none. Two
     * first requests of one user both try to open it; the loser's transaction fails on the
     * unique user id and is simply repeated, and then finds the account.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long open(long userId) {
        Optional<Long> existing = accountOf(userId);
        if (existing.isPresent()) {
            return existing.get();
        }
        Ledger self = context.getBusinessObject(Ledger.class);
        return LostRaces.untilWon(() -> self.openOnce(userId));
    }

    /** One try of {@link #open}, in its own transaction. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long openOnce(long userId) {
        Optional<Long> existing = accountOf(userId);
        if (existing.isPresent()) {
            return existing.get();
        }
        LedgerAccount account = new LedgerAccount(userId, clock.instant());
        em.persist(account);
        LostRaces.flush(em);
        if (openingBalance.signum() > 0) {
            post(LedgerTransaction.OPENING, openingBalance, LedgerAccount.ISSUER, account.getId(), null, null, null);
        }
        return account.getId();
    }

    /** The user's balance, in the caller's transaction; a user with no account yet: {@link AccountToOpen}. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public BigDecimal balance(long userId) {
        return em.createQuery("SELECT a.balance FROM LedgerAccount a WHERE a.userId = :user", BigDecimal.class)
                .setParameter("user", userId)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new AccountToOpen(userId));
    }

    /**
     * Moves {@code amount} from one user to another, in the caller's transaction, and answers the
     * transaction's id. With a retry key, a repeated request answers the first one's id and moves
     * nothing; a retry is answered before the recipient is checked, so its first answer stands
     * even if the recipient has gone since. A payer or recipient with no account yet:
     * {@link AccountToOpen}.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public long transfer(long payerUserId, long recipientUserId, BigDecimal amount, String retryKey) {
        checkAmount(amount);
        if (payerUserId == recipientUserId) {
            throw new InvalidInputException(TO_YOURSELF, Map.of("recipient", "is yourself"));
        }
        RetryKey key = RetryKey.of(retryKey, "transfer " + recipientUserId + " " + amount.stripTrailingZeros().toPlainString());
        Map<Long, Long> accountsOfUsers = accountsOf(payerUserId, recipientUserId);
        Long payer = accountsOfUsers.get(payerUserId);
        if (payer == null) {
            throw new AccountToOpen(payerUserId);
        }
        Optional<Long> earlier = earlier(payer, key);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        if (accounts.find(recipientUserId).isEmpty()) {
            throw new NotFoundException(RECIPIENT_NOT_FOUND);
        }
        Long payee = accountsOfUsers.get(recipientUserId);
        if (payee == null) {
            throw new AccountToOpen(recipientUserId);
        }
        return post(LedgerTransaction.TRANSFER, amount, payer, payee, null, null, key);
    }

    /**
     * Sells one of a product to a user, in the caller's transaction: takes it from stock and its
     * price from the user's balance, for the store's revenue. With a retry key, as
     * {@link #transfer}; a buyer with no account yet: {@link AccountToOpen}.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public long buy(long buyerUserId, long productId, String retryKey) {
        long payer = accountOf(buyerUserId).orElseThrow(() -> new AccountToOpen(buyerUserId));
        RetryKey key = RetryKey.of(retryKey, "buy " + productId);
        Optional<Long> earlier = earlier(payer, key);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Product product = em.find(Product.class, productId);
        if (product == null || product.isRetired()) {
            throw new NotFoundException(ITEM_NOT_FOUND);
        }
        LedgerTransaction purchase = claim(LedgerTransaction.PURCHASE, product.getUnitPrice(), payer, productId,
                product.getDescription(), key);
        // A retired product has no stock left; EclipseLink's bulk update would compare a
        // BOOLEAN column with 0, which H2 refuses.
        int taken = em.createQuery("UPDATE Product p SET p.stock = p.stock - 1 WHERE p.id = :id AND p.stock > 0")
                .setParameter("id", productId)
                .executeUpdate();
        if (taken == 0) {
            throw new InvalidInputException(OUT_OF_STOCK, Map.of("item_id", "is out of stock"));
        }
        move(purchase, payer, LedgerAccount.REVENUE, product.getUnitPrice());
        recordPurchase(buyerUserId, productId, 1, purchase.getPostedAt());
        return purchase.getId();
    }

    /**
     * A cart's checkout, in the caller's transaction (the cart ends its session in the same one):
     * takes each line from stock and the total at today's prices from the shopper's balance, for
     * the store's revenue, as one purchase. Products in ascending id order, then the accounts, as
     * every other use case locks them. Insufficient stock or funds: {@code InvalidInputException}
     * and the caller's transaction rolls back whole. With a retry key that paid before, that
     * payment, and nothing moves.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public CartPayment payForCart(long payerUserId, List<CartLine> lines, String memo, String retryKey, String request) {
        long payer = accountOf(payerUserId).orElseThrow(() -> new IllegalStateException("no account for " + payerUserId));
        RetryKey key = RetryKey.of(retryKey, request);
        Optional<Long> earlier = earlier(payer, key);
        if (earlier.isPresent()) {
            LedgerTransaction paid = em.find(LedgerTransaction.class, earlier.get());
            return new CartPayment(paid.getId(), paid.getAmount(), true);
        }
        BigDecimal total = BigDecimal.ZERO;
        List<CartLine> inOrder = lines.stream().sorted(java.util.Comparator.comparingLong(CartLine::productId)).toList();
        for (CartLine line : inOrder) {
            Product product = em.find(Product.class, line.productId());
            total = total.add(product.getUnitPrice().multiply(BigDecimal.valueOf(line.quantity())));
        }
        checkAmount(total);
        LedgerTransaction purchase;
        try {
            purchase = claim(LedgerTransaction.PURCHASE, total, payer, null, memo, key);
        } catch (LostRaces.Lost taken) {
            // The caller holds the session's row, so the key's other user, committed meanwhile,
            // was a buy or transfer of this account: a different request under the same key.
            if (key != null && Constraints.broke(taken, "ledger_transaction_idempotency_uk")) {
                throw new KeyReusedException(KEY_REUSED);
            }
            throw taken;
        }
        for (CartLine line : inOrder) {
            int taken = em.createQuery("UPDATE Product p SET p.stock = p.stock - :quantity "
                            + "WHERE p.id = :id AND p.stock >= :quantity")
                    .setParameter("quantity", line.quantity())
                    .setParameter("id", line.productId())
                    .executeUpdate();
            if (taken == 0) {
                throw new InvalidInputException(OUT_OF_STOCK + ": " + em.find(Product.class, line.productId())
                        .getDescription(), Map.of("items", "hold more than the stock"));
            }
        }
        move(purchase, payer, LedgerAccount.REVENUE, total);
        for (CartLine line : inOrder) {
            recordPurchase(payerUserId, line.productId(), line.quantity(), purchase.getPostedAt());
        }
        return new CartPayment(purchase.getId(), total, false);
    }

    /**
     * Adds to what the user has bought of the product, which suggestions are made from. Called
     * once the purchase has debited the buyer's account: that row's lock keeps one buyer's
     * purchases in line, so the update-else-insert of their rows never races.
     */
    private void recordPurchase(long userId, long productId, int quantity, Instant at) {
        int added = em.createNativeQuery("UPDATE product_purchase SET quantity = quantity + ?1, last_bought_at = ?2"
                        + " WHERE user_id = ?3 AND product_id = ?4")
                .setParameter(1, quantity)
                .setParameter(2, at.atOffset(ZoneOffset.UTC))
                .setParameter(3, userId)
                .setParameter(4, productId)
                .executeUpdate();
        if (added == 0) {
            em.createNativeQuery("INSERT INTO product_purchase (user_id, product_id, quantity, last_bought_at)"
                            + " VALUES (?1, ?2, ?3, ?4)")
                    .setParameter(1, userId)
                    .setParameter(2, productId)
                    .setParameter(3, quantity)
                    .setParameter(4, at.atOffset(ZoneOffset.UTC))
                    .executeUpdate();
        }
    }

    /**
     * The transaction an earlier request under {@code retryKey} made for the user's account, if
     * any; a different request under the key is refused ({@code KeyReusedException}).
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Long> earlierPayment(long payerUserId, String retryKey, String request) {
        Optional<Long> payer = accountOf(payerUserId);
        return payer.isEmpty() ? Optional.empty() : earlier(payer.get(), RetryKey.of(retryKey, request));
    }

    /** The user's transactions, newest first, at most {@code limit}; a user with no account yet: {@link AccountToOpen}. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public List<LedgerLine> history(long userId, int limit) {
        long account = accountOf(userId).orElseThrow(() -> new AccountToOpen(userId));
        List<Object[]> rows = em.createQuery("SELECT t.id, t.kind, e.amount, o.userId, t.memo, t.postedAt "
                        + "FROM LedgerEntry e, LedgerTransaction t, LedgerEntry oe, LedgerAccount o "
                        + "WHERE e.accountId = :account AND t.id = e.transactionId "
                        + "AND oe.transactionId = e.transactionId AND oe.accountId <> e.accountId AND o.id = oe.accountId "
                        + "ORDER BY e.postedAt DESC, e.transactionId DESC", Object[].class)
                .setParameter("account", account)
                .setMaxResults(limit)
                .getResultList();
        return rows.stream()
                .map(r -> new LedgerLine((Long) r[0], (String) r[1], (BigDecimal) r[2], (Long) r[3], (String) r[4],
                        (Instant) r[5]))
                .toList();
    }

    /** Recomputes the invariants from the rows; each figure comes from one statement, so it is consistent. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public LedgerAudit audit() {
        return new LedgerAudit(
                count("SELECT COUNT(*) FROM ledger_account"),
                count("SELECT COUNT(*) FROM ledger_transaction"),
                (BigDecimal) em.createNativeQuery("SELECT COALESCE(SUM(balance), 0) FROM ledger_account")
                        .getSingleResult(),
                count("SELECT COUNT(*) FROM ledger_account WHERE kind = 'user' AND balance < 0"),
                count("SELECT COUNT(*) FROM ledger_account a WHERE a.balance <> "
                        + "(SELECT COALESCE(SUM(e.amount), 0) FROM ledger_entry e WHERE e.account_id = a.id)"),
                count("SELECT COUNT(*) FROM ledger_transaction t WHERE "
                        + "(SELECT COUNT(*) FROM ledger_entry e WHERE e.transaction_id = t.id) <> 2 "
                        + "OR (SELECT COALESCE(SUM(e.amount), 0) FROM ledger_entry e WHERE e.transaction_id = t.id) <> 0 "
                        + "OR NOT EXISTS (SELECT 1 FROM ledger_entry e WHERE e.transaction_id = t.id "
                        + "AND e.amount = t.amount AND e.account_id <> t.payer_account_id)"));
    }

    private long count(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }

    /** The accounts of two users, by user id; a user with none is not in the map. */
    private Map<Long, Long> accountsOf(long userId, long otherUserId) {
        return em.createQuery("SELECT a.userId, a.id FROM LedgerAccount a WHERE a.userId IN (:user, :other)",
                        Object[].class)
                .setParameter("user", userId)
                .setParameter("other", otherUserId)
                .getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
    }

    private Optional<Long> accountOf(long userId) {
        return em.createQuery("SELECT a.id FROM LedgerAccount a WHERE a.userId = :user", Long.class)
                .setParameter("user", userId)
                .getResultStream()
                .findFirst();
    }

    /** The transaction an earlier request with this retry key made, if any; a different request under it is refused. */
    private Optional<Long> earlier(long payer, RetryKey key) {
        if (key == null) {
            return Optional.empty();
        }
        Optional<LedgerTransaction> earlier = em.createQuery("SELECT t FROM LedgerTransaction t "
                        + "WHERE t.payerAccountId = :payer AND t.idempotencyKey = :key", LedgerTransaction.class)
                .setParameter("payer", payer)
                .setParameter("key", key.keyDigest())
                .getResultStream()
                .findFirst();
        if (earlier.isPresent() && !earlier.get().getRequestDigest().equals(key.requestDigest())) {
            throw new KeyReusedException(KEY_REUSED);
        }
        return earlier.map(LedgerTransaction::getId);
    }

    /** Records a transaction and moves its amount from {@code from} to {@code to} ({@link #claim}, {@link #move}). */
    private long post(String kind, BigDecimal amount, long from, long to, Long productId, String memo, RetryKey key) {
        return move(claim(kind, amount, from, productId, memo, key), from, to, amount);
    }

    /**
     * Writes the transaction's row before anything else: it holds the retry key, so a concurrent
     * retry waits on that key's index entry while it holds no product or account, fails when
     * this one commits, and is then answered with this transaction ({@link #once}).
     */
    private LedgerTransaction claim(String kind, BigDecimal amount, long payer, Long productId, String memo, RetryKey key) {
        LedgerTransaction transaction = new LedgerTransaction(kind, amount, payer, productId, memo, key, clock.instant());
        em.persist(transaction);
        LostRaces.flush(em);
        return transaction;
    }

    /**
     * Moves the amount: the two legs, then both balances by conditional updates, the lower
     * account id first. The updates lock the accounts until the commit, so they come last:
     * crossing transfers wait on each other for the commit alone, not for the legs' inserts
     * too. A user account without the amount refuses the debit, and the whole transaction rolls
     * back.
     */
    private long move(LedgerTransaction transaction, long from, long to, BigDecimal amount) {
        em.persist(new LedgerEntry(transaction.getId(), from, amount.negate(), transaction.getPostedAt()));
        em.persist(new LedgerEntry(transaction.getId(), to, amount, transaction.getPostedAt()));
        em.flush();
        if (from < to) {
            debit(from, amount);
            credit(to, amount);
        } else {
            credit(to, amount);
            debit(from, amount);
        }
        return transaction.getId();
    }

    private void debit(long account, BigDecimal amount) {
        int changed = em.createQuery("UPDATE LedgerAccount a SET a.balance = a.balance - :amount "
                        + "WHERE a.id = :id AND (a.kind <> :user OR a.balance >= :amount)")
                .setParameter("amount", amount)
                .setParameter("id", account)
                .setParameter("user", LedgerAccount.USER)
                .executeUpdate();
        if (changed == 0) {
            throw new InvalidInputException(INSUFFICIENT_FUNDS, Map.of("amount", "is more than the balance"));
        }
    }

    private void credit(long account, BigDecimal amount) {
        em.createQuery("UPDATE LedgerAccount a SET a.balance = a.balance + :amount WHERE a.id = :id")
                .setParameter("amount", amount)
                .setParameter("id", account)
                .executeUpdate();
    }

    /** Amounts the ledger moves: positive, whole cents, and not absurdly large. */
    static void checkAmount(BigDecimal amount) {
        if (amount == null || amount.signum() <= 0) {
            throw new InvalidInputException(NOT_POSITIVE, Map.of("amount", "must be positive"));
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new InvalidInputException(TOO_PRECISE, Map.of("amount", "must have at most 2 decimal places"));
        }
        if (amount.compareTo(MAX_AMOUNT) > 0) {
            throw new InvalidInputException(TOO_LARGE, Map.of("amount", "must be at most " + MAX_AMOUNT));
        }
    }
}
