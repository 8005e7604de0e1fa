package com.scanport.cart;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** A cart's status is stored as the seed writes it ({@code in use}, with its space). */
@Converter
public class CartStatusConverter implements AttributeConverter<CartStatus, String> {

    @Override
    public String convertToDatabaseColumn(CartStatus status) {
        return status == null ? null : status.wire();
    }

    @Override
    public CartStatus convertToEntityAttribute(String wire) {
        return wire == null ? null : CartStatus.of(wire).orElseThrow(() -> new IllegalStateException("cart status " + wire));
    }
}
