package com.scanport.store.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.scanport.platform.InvalidInputException;
import com.scanport.platform.web.RequestBodies;
import jakarta.json.Json;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The store's request bodies, read from JSON and from form fields alike. */
class StoreRecordsTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    private static Map<String, String> refusedJson(Class<? extends Record> type, String json) {
        return assertThrows(InvalidInputException.class, () -> RequestBodies.fromJson(type,
                Json.createReader(new StringReader(json)).readObject(), VALIDATOR), json).fieldErrors();
    }

    private static Map<String, String> refusedForm(Class<? extends Record> type, Map<String, String> fields) {
        return assertThrows(InvalidInputException.class, () -> RequestBodies.fromForm(type, fields, VALIDATOR),
                fields::toString).fieldErrors();
    }

    @Test
    void aTransferReadsTheSameFromJsonAndFromAForm() {
        TransferRequest json = RequestBodies.fromJson(TransferRequest.class, Json.createReader(new StringReader(
                "{\"token\":\" t \",\"recipient\":7,\"amount\":12.50}")).readObject(), VALIDATOR);
        TransferRequest form = RequestBodies.fromForm(TransferRequest.class,
                Map.of("token", " t ", "recipient", "7", "amount", "12.50"), VALIDATOR);
        assertEquals(json, form);
        assertEquals(" t ", form.token(), "tokens are secrets: never trimmed");
        assertEquals(new BigDecimal("12.50"), form.amount());
    }

    @Test
    void missingFieldsComeInTheSeedsOrder() {
        assertEquals(List.of("token", "recipient", "amount"), List.copyOf(refusedJson(TransferRequest.class, "{}").keySet()));
        Map<String, String> empty = new HashMap<>();
        empty.put("token", null);
        assertEquals(List.of("token", "recipient", "amount"), List.copyOf(refusedForm(TransferRequest.class, empty).keySet()));
        assertEquals("is required", refusedForm(TransferRequest.class, Map.of("token", "")).get("token"));
    }

    @Test
    void numbersMustBeNumbers() {
        assertEquals("must be a whole number", refusedForm(BuyRequest.class, Map.of("token", "t", "item_id", "1.5")).get("item_id"));
        assertEquals("must be a whole number", refusedForm(BuyRequest.class, Map.of("token", "t", "item_id", "x")).get("item_id"));
        assertEquals("must be a whole number", refusedJson(BuyRequest.class, "{\"token\":\"t\",\"item_id\":\"1\"}").get("item_id"));
        assertEquals("must be a number", refusedForm(TransferRequest.class,
                Map.of("token", "t", "recipient", "1", "amount", "ten")).get("amount"));
        assertEquals("must be a number", refusedJson(TransferRequest.class,
                "{\"token\":\"t\",\"recipient\":1,\"amount\":\"10\"}").get("amount"));
    }

    @Test
    void formNumbersAreShortAsciiNumbers() {
        assertEquals("must be a number", refusedForm(TransferRequest.class,
                Map.of("token", "t", "recipient", "1", "amount", "7".repeat(1_000_000))).get("amount"));
        assertEquals("must be a whole number", refusedForm(TransferRequest.class,
                Map.of("token", "t", "recipient", "\uff12", "amount", "1")).get("recipient"));
        assertEquals("must be a number", refusedForm(TransferRequest.class,
                Map.of("token", "t", "recipient", "2", "amount", "\u0661")).get("amount"));
        TransferRequest exponent = RequestBodies.fromForm(TransferRequest.class,
                Map.of("token", "t", "recipient", "+2", "amount", "1E-2"), VALIDATOR);
        assertEquals(0, new BigDecimal("0.01").compareTo(exponent.amount()));
        assertEquals(2L, exponent.recipient());
    }

    @Test
    void aNewTokenIsSixteenTo256PrintableCharacters() {
        String rule = "must be 16 to 256 printable characters without spaces";
        assertEquals(rule, refusedJson(SessionRenameRequest.class, "{\"old_token\":\"o\",\"new_token\":\"short\"}").get("new_token"));
        assertEquals(rule, refusedJson(SessionRenameRequest.class,
                "{\"old_token\":\"o\",\"new_token\":\"sixteen chars here\"}").get("new_token"));
        assertEquals(rule, refusedJson(SessionRenameRequest.class,
                "{\"old_token\":\"o\",\"new_token\":\"" + "x".repeat(257) + "\"}").get("new_token"));
        RequestBodies.fromJson(SessionRenameRequest.class, Json.createReader(new StringReader(
                "{\"old_token\":\"o\",\"new_token\":\"" + "x".repeat(256) + "\"}")).readObject(), VALIDATOR);
    }

    @Test
    void productsHavePricesInCentsAndNoNegativeStock() {
        Map<String, String> errors = refusedJson(ProductRequest.class,
                "{\"description\":\"\",\"unit_price\":0.005,\"image_url\":\"ftp://x\",\"stock\":-1}");
        assertEquals("must be 1 to 200 characters", errors.get("description"));
        assertEquals("must be an amount from 0.01 to 1000000 with at most 2 decimal places", errors.get("unit_price"));
        assertEquals("must be an http or https URL", errors.get("image_url"));
        assertEquals("must be between 0 and 1000000000", errors.get("stock"));
    }
}
