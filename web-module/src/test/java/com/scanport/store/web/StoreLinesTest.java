package com.scanport.store.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.scanport.store.LedgerLine;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class StoreLinesTest {

    private static final Instant AT = Instant.parse("2026-12-01T15:04:05.123456Z");

    @Test
    void wholeAmountsAreIntegersAndOthersHaveCents() {
        assertEquals(BigInteger.valueOf(1000), Money.number(new BigDecimal("1000.00")));
        assertEquals(new BigDecimal("6.50"), Money.number(new BigDecimal("6.5")));
        assertEquals("+1000", Money.signed(new BigDecimal("1000.00")));
        assertEquals("-0.05", Money.signed(new BigDecimal("-0.05")));
    }

    @Test
    void eachTransactionIsOneReadableLine() {
        assertEquals("2026-12-01T15:04:05Z #52 transfer -25 to user 3",
                StoreResource.line(new LedgerLine(52, "transfer", new BigDecimal("-25.00"), 3L, null, AT)));
        assertEquals("2026-12-01T15:04:05Z #53 transfer +7.25 from user 9",
                StoreResource.line(new LedgerLine(53, "transfer", new BigDecimal("7.25"), 9L, null, AT)));
        assertEquals("2026-12-01T15:04:05Z #54 purchase -4.25 Tea",
                StoreResource.line(new LedgerLine(54, "purchase", new BigDecimal("-4.25"), null, "Tea", AT)));
        assertEquals("2026-12-01T15:04:05Z #1 opening +1000",
                StoreResource.line(new LedgerLine(1, "opening", new BigDecimal("1000"), null, null, AT)));
    }
}
