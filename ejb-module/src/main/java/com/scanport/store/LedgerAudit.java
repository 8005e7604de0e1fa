package com.scanport.store;

import java.math.BigDecimal;

/**
 * The ledger's invariants, recomputed from its rows: the balances sum to zero, no user
 * balance is negative, every balance equals the sum of its account's entries, and every
 * transaction has exactly two legs that cancel out and move its amount.
 */
public record LedgerAudit(long accounts, long transactions, BigDecimal sumOfBalances, long negativeUserBalances,
                          long balancesNotMatchingEntries, long unbalancedTransactions) {

    public boolean holds() {
        return sumOfBalances.signum() == 0 && negativeUserBalances == 0 && balancesNotMatchingEntries == 0
                && unbalancedTransactions == 0;
    }
}
