package com.scanport.qrbatch;

import com.scanport.platform.Secrets;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * An owner's code: 128 random bits in base64url (22 characters), printed as a QR code that
 * leads to the owner's page. Stored as it is, not hashed: it is printed on the batch's sheet,
 * which the database holds anyway, and it only shows the results staff confirmed for it.
 */
@Entity
@Table(name = "owner_code")
public class OwnerCode {

    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{22}");

    @Id
    private String code;

    @Column(name = "batch_id", nullable = false)
    private long batchId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected OwnerCode() {
    }

    static String random() {
        return Secrets.randomToken(16);
    }

    /** Whether {@code text} could be a code at all: anything else is not looked up. */
    static boolean wellFormed(String text) {
        return text != null && FORMAT.matcher(text).matches();
    }
}
