package com.scanport.store.web;

import java.util.List;

/** The store's answers, each exactly the fields the seed documents. */
public final class StoreAnswers {

    private StoreAnswers() {
    }

    public record Success(String success) {
    }

    public record Balance(Number balance) {
    }

    public record Transaction(long transactionId) {
    }

    public record Transactions(List<String> transactions) {
    }

    public record Items(List<Item> items) {
    }

    /** An item as the store lists it: the seed's uuid, name and price, and the catalogue's other fields. */
    public record Item(long uuid, String name, Number price, String descriptionAr, String barcode, String imageUrl,
                String productSize, int stock) {
    }
}
