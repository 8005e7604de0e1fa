package com.scanport.store;

import com.scanport.platform.LostRaces;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.LongFunction;

/**
 * The store's requests as a session's holder makes them (seed 004). Each checks the session
 * and does its work in one transaction, on one connection. What may not happen inside it
 * happens after it: a token that names no session is counted against the address, and an
 * account a user does not have yet is opened before the request is tried again.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Store {

    /** The most accounts one request opens: the payer's and the recipient's. */
    private static final int MOST_OPENED = 2;

    @EJB
    private StoreSessions sessions;

    @EJB
    private Ledger ledger;

    @EJB
    private Catalogue catalogue;

    @Resource
    private SessionContext context;

    public BigDecimal balance(StoreCaller caller) {
        return asHolder(caller, false, ledger::balance);
    }

    public List<ProductView> items(StoreCaller caller) {
        return asHolder(caller, false, user -> catalogue.onSale());
    }

    public List<LedgerLine> history(StoreCaller caller, int limit) {
        return asHolder(caller, false, user -> ledger.history(user, limit));
    }

    /** See {@link Ledger#buy}. */
    public long buy(StoreCaller caller, long productId, String retryKey) {
        return asHolder(caller, retryKey != null, user -> ledger.buy(user, productId, retryKey));
    }

    /** See {@link Ledger#transfer}. */
    public long transfer(StoreCaller caller, long recipientUserId, BigDecimal amount, String retryKey) {
        return asHolder(caller, retryKey != null,
                user -> ledger.transfer(user, recipientUserId, amount, retryKey));
    }

    /** One try of a request: the session's check and the work, in a transaction of their own. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public <T> T once(StoreCaller caller, LongFunction<T> work) {
        return work.apply(sessions.holderInCallersTransaction(caller));
    }

    /**
     * Runs the work as the session's holder. With a retry key, a try that fails (a concurrent
     * retry under the same key committed first, and the key's unique index refused this one) is
     * run again, and then answers the first one's transaction. Without a key nothing is run
     * twice: a failed commit must not move money twice.
     */
    private <T> T asHolder(StoreCaller caller, boolean keyed, LongFunction<T> work) {
        Store self = context.getBusinessObject(Store.class);
        boolean retried = false;
        int opened = 0;
        while (true) {
            try {
                return self.once(caller, work);
            } catch (InvalidSessionException e) {
                sessions.countInvalidSession(caller.address());
                throw e;
            } catch (AccountToOpen e) {
                if (opened++ == MOST_OPENED) {
                    throw new IllegalStateException("still no ledger account after opening it", e);
                }
                ledger.open(e.userId());
            } catch (LostRaces.Lost | EJBException e) {
                if (!keyed || retried) {
                    throw e;
                }
                retried = true;
            }
        }
    }
}
