package com.scanport.identity.web;

import com.scanport.identity.PasswordHasher;

/** The accounts surface's field rules and messages, shared by its request bodies. */
final class AccountRules {

    static final int MIN_PASSWORD_LENGTH = PasswordHasher.MIN_PASSWORD_LENGTH;

    static final String USERNAME = "[\\p{L}\\p{N}_.@+-]+";
    static final String USERNAME_RULE = "may hold only letters, digits and _ . @ + -";
    static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";
    static final String EMAIL_RULE = "must be an e-mail address";
    static final String MOBILE_NUMBER = "\\+?[0-9][0-9 ()-]{3,30}";
    static final String MOBILE_NUMBER_RULE = "must be a phone number";

    static final String MIN_LENGTH = "must be at least {min} characters";

    private AccountRules() {
    }
}
