package com.scanport.identity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    @Test
    void passwordsVerifyOnlyAgainstTheirOwnHashAndNeverWithoutAUser() {
        PasswordHasher hasher = new PasswordHasher();
        hasher.cost = 4;
        String hash = hasher.hash("correct horse");
        assertTrue(hash.startsWith("$2a$04$"), hash);
        assertTrue(hasher.matches("correct horse", hash));
        assertFalse(hasher.matches("correct horsE", hash));
        assertFalse(hasher.matches("correct horse", null), "no user: the stand-in never matches");
        assertFalse(hasher.matches("x".repeat(73), hasher.hash("x".repeat(72))), "longer than bcrypt reads");
    }
}
