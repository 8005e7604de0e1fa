package com.scanport.identity;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The desk's password settings: a deployment with settings it cannot use fails, with one line that says why. */
class StaffDeskTest {

    private static StaffDesk desk(String password, String hash) {
        StaffDesk desk = new StaffDesk();
        desk.password = Optional.ofNullable(password);
        desk.passwordHash = Optional.ofNullable(hash);
        desk.tokenLifetimeSeconds = 1800;
        desk.hasher = new PasswordHasher();
        desk.hasher.cost = 4;
        return desk;
    }

    @Test
    void aPasswordAndAHashTogetherAreRefused() {
        PasswordHasher hasher = new PasswordHasher();
        hasher.cost = 4;
        String hash = hasher.hash("desk");
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> desk("desk", hash).prepare());
        assertTrue(refused.getMessage().contains("not both"), refused.getMessage());
    }

    @Test
    void aHashThatIsNoBcryptHashIsRefused() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> desk(null, "5f4dcc3b5aa765d61d8327deb882cf99").prepare());
        assertTrue(refused.getMessage().contains("bcrypt"), refused.getMessage());
    }

    @Test
    void aTokenLifetimeUnderAMinuteIsRefused() {
        StaffDesk desk = desk("desk password", null);
        desk.tokenLifetimeSeconds = 5;
        assertThrows(IllegalStateException.class, desk::prepare);
    }
}
