package com.scanport.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.scanport.platform.InvalidInputException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** What the ledger refuses to move, and how an audit reads. */
class LedgerRulesTest {

    private static String refusal(String amount) {
        return assertThrows(InvalidInputException.class, () -> Ledger.checkAmount(new BigDecimal(amount))).getMessage();
    }

    @Test
    void onlyPositiveAmountsInWholeCentsMove() {
        assertEquals("Amount must be positive", refusal("0"));
        assertEquals("Amount must be positive", refusal("-0.01"));
        assertEquals("Amount must have at most 2 decimal places", refusal("0.001"));
        assertEquals("Amount is too large", refusal("1000000000.01"));
        assertEquals("Amount is too large", refusal("1e400"));
        Ledger.checkAmount(new BigDecimal("0.01"));
        Ledger.checkAmount(new BigDecimal("25.500"));
        Ledger.checkAmount(Ledger.MAX_AMOUNT);
    }

    @Test
    void anAuditHoldsOnlyWhenEveryInvariantDoes() {
        assertTrue(new LedgerAudit(3, 2, BigDecimal.ZERO.setScale(2), 0, 0, 0).holds());
        assertFalse(new LedgerAudit(3, 2, new BigDecimal("0.01"), 0, 0, 0).holds());
        assertFalse(new LedgerAudit(3, 2, BigDecimal.ZERO, 1, 0, 0).holds());
        assertFalse(new LedgerAudit(3, 2, BigDecimal.ZERO, 0, 1, 0).holds());
        assertFalse(new LedgerAudit(3, 2, BigDecimal.ZERO, 0, 0, 1).holds());
    }

    @Test
    void aRetryKeyTellsTheSameRequestFromAnother() {
        RetryKey first = RetryKey.of("key-1", "transfer 7 25");
        assertEquals(first, RetryKey.of("key-1", "transfer 7 25"));
        assertEquals(first.keyDigest(), RetryKey.of("key-1", "transfer 7 26").keyDigest());
        assertFalse(first.requestDigest().equals(RetryKey.of("key-1", "transfer 7 26").requestDigest()));
        assertEquals(64, first.keyDigest().length());
        assertEquals(null, RetryKey.of(null, "transfer 7 25"));
    }
}
