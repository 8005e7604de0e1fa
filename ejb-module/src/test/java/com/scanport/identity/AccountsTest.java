package com.scanport.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.persistence.PersistenceException;
import java.sql.SQLIntegrityConstraintViolationException;
import org.junit.jupiter.api.Test;

class AccountsTest {

    private static PersistenceException violation(String databaseMessage) {
        return new PersistenceException("flush failed",
                new RuntimeException("wrapped", new SQLIntegrityConstraintViolationException(databaseMessage)));
    }

    @Test
    void aRaceLostAtTheUniqueConstraintSaysWhatIsTaken() {
        // As H2 and PostgreSQL word a violated constraint.
        assertEquals(Accounts.USERNAME_TAKEN, Accounts.takenMessage(violation(
                "Unique index or primary key violation: \"PUBLIC.APP_USER_USERNAME_UK_INDEX_A ON PUBLIC.APP_USER(USERNAME_KEY)\"")));
        assertEquals(Accounts.EMAIL_TAKEN, Accounts.takenMessage(violation(
                "ERROR: duplicate key value violates unique constraint \"app_user_email_uk\"")));
        assertEquals(Accounts.MOBILE_NUMBER_TAKEN, Accounts.takenMessage(violation(
                "ERROR: duplicate key value violates unique constraint \"app_user_mobile_number_uk\"")));
        assertNull(Accounts.takenMessage(violation("ERROR: value too long for type character varying(150)")),
                "any other failure is not a duplicate");
    }
}
