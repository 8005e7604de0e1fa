package com.scanport.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SecretsTest {

    @Test
    void aSecretMatchesOnlyItselfExactly() {
        assertTrue(Secrets.constantTimeEquals("s3cret-value", "s3cret-value"));
        assertFalse(Secrets.constantTimeEquals("s3cret-value", "s3cret-valuE"));
        assertFalse(Secrets.constantTimeEquals("s3cret-value", "s3cret-value "));
        assertFalse(Secrets.constantTimeEquals("s3cret-value", ""));
        assertFalse(Secrets.constantTimeEquals("s3cret-value", null), "nothing presented");
        assertFalse(Secrets.constantTimeEquals(null, "s3cret-value"), "nothing configured");
    }
}
