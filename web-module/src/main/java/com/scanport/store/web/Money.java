package com.scanport.store.web;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How the store writes amounts: whole amounts as integers (the seed's {@code balance: int}), others with cents. */
final class Money {

    private Money() {
    }

    /** A JSON number: {@code 1000}, or {@code 6.50}. */
    static Number number(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() <= 0 ? stripped.toBigIntegerExact() : amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** The same as text, signed: {@code +1000}, {@code -6.50}. */
    static String signed(BigDecimal amount) {
        String text = number(amount).toString();
        return amount.signum() < 0 ? text : "+" + text;
    }
}
