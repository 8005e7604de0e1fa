package com.scanport.store;

import jakarta.ejb.ApplicationException;

/**
 * Not a failure the client sees: a request's transaction found a user with no ledger account
 * yet. The account is opened in a transaction of its own ({@link Ledger#open}) and the request
 * tried again, so that no request holds two connections, nor takes a new account's row out of
 * the lock order.
 */
@ApplicationException(rollback = true)
public class AccountToOpen extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long userId;

    AccountToOpen(long userId) {
        super("user " + userId + " has no ledger account yet", null, false, false);
        this.userId = userId;
    }

    long userId() {
        return userId;
    }
}
