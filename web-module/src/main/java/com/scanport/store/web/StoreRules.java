package com.scanport.store.web;

/** The store surface's field rules, shared by its request bodies. */
final class StoreRules {

    /** A token a client chooses: 16 to 256 printable ASCII characters, no spaces. */
    static final String TOKEN = "[\\x21-\\x7E]{16,256}";
    static final String TOKEN_RULE = "must be 16 to 256 printable characters without spaces";

    private StoreRules() {
    }
}
