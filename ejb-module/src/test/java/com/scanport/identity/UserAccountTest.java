package com.scanport.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class UserAccountTest {

    private final UserAccount account = persisted(new UserAccount(new NewUser("John_Doe", "John@Example.com", "pw",
            "+15550100", 30, "John Doe", "1 Main St"), "$2a$04$hash", false, Instant.parse("2026-12-01T12:00:00Z")));

    /** As JPA hands it out: with the id the sequence gave it. */
    private static UserAccount persisted(UserAccount account) {
        try {
            var id = UserAccount.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(account, 1L);
            return account;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void usernamesAndAddressesAreUniqueRegardlessOfCase() {
        assertEquals("john_doe", UserAccount.key("John_Doe"));
        assertEquals("John_Doe", account.view().username(), "shown as the user wrote it");
    }

    @Test
    void aProfileChangeTouchesOnlyTheFieldsGivenAndAnEmptyAddressClearsIt() {
        account.apply(new ProfileChange(null, null, 41, null, null));
        assertEquals(41, account.view().age());
        assertEquals("1 Main St", account.view().address());
        account.apply(new ProfileChange("new@example.com", null, null, null, ""));
        assertEquals("new@example.com", account.view().email());
        assertNull(account.view().address());
        assertEquals("John Doe", account.view().fullName());
    }

    @Test
    void aNewPasswordMovesTheTokenGenerationOn() {
        assertEquals(0, account.getTokenGeneration());
        account.changePassword("$2a$04$other");
        assertEquals(1, account.getTokenGeneration());
        assertEquals("$2a$04$other", account.getPasswordHash());
    }
}
