package com.scanport.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;

/** A Scanport user. The password hash never leaves this package. */
@Entity
@Table(name = "app_user")
public class UserAccount {

    /** The longest username an account can have; the accounts surface refuses longer ones. */
    public static final int MAX_USERNAME_LENGTH = 150;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_user_seq")
    @SequenceGenerator(name = "app_user_seq", sequenceName = "app_user_seq", allocationSize = 50)
    private Long id;

    @Column(name = "username", nullable = false)
    private String username;

    @Column(name = "username_key", nullable = false)
    private String usernameKey;

    @Column(name = "email", nullable = false)
    private String email;

    @Column(name = "email_key", nullable = false)
    private String emailKey;

    @Column(name = "mobile_number", nullable = false)
    private String mobileNumber;

    @Column(name = "age", nullable = false)
    private int age;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    @Column(name = "address")
    private String address;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "is_admin", nullable = false)
    private boolean admin;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "token_generation", nullable = false)
    private int tokenGeneration;

    protected UserAccount() {
    }

    UserAccount(NewUser user, String passwordHash, boolean admin, Instant now) {
        this.username = user.username();
        this.usernameKey = key(user.username());
        this.passwordHash = passwordHash;
        this.admin = admin;
        this.createdAt = now;
        apply(new ProfileChange(user.email(), user.mobileNumber(), user.age(), user.fullName(), user.address()));
    }

    /** The form uniqueness and login compare: "John_Doe" and "john_doe" are one user. */
    static String key(String value) {
        return value.toLowerCase(Locale.ROOT);
    }

    void apply(ProfileChange change) {
        if (change.email() != null) {
            email = change.email();
            emailKey = key(change.email());
        }
        if (change.mobileNumber() != null) {
            mobileNumber = change.mobileNumber();
        }
        if (change.age() != null) {
            age = change.age();
        }
        if (change.fullName() != null) {
            fullName = change.fullName();
        }
        if (change.address() != null) {
            address = change.address().isEmpty() ? null : change.address();
        }
    }

    /** The new password also ends every token issued so far. */
    void changePassword(String newHash) {
        passwordHash = newHash;
        tokenGeneration++;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    int getTokenGeneration() {
        return tokenGeneration;
    }

    VerifiedUser verified() {
        return new VerifiedUser(view(), tokenGeneration);
    }

    UserView view() {
        return new UserView(id, username, email, mobileNumber, age, fullName, address, admin);
    }
}
