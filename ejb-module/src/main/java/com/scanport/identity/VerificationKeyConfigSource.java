package com.scanport.identity;

import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Hands MicroProfile JWT the public half of {@link SigningKeys}, so that tokens are
 * verified with the key they were signed with, whether it was configured or generated.
 */
public class VerificationKeyConfigSource implements ConfigSource {

    static final String PUBLIC_KEY = "mp.jwt.verify.publickey";

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(PUBLIC_KEY);
    }

    @Override
    public String getValue(String propertyName) {
        return PUBLIC_KEY.equals(propertyName) ? SigningKeys.publicKeyPem() : null;
    }

    @Override
    public String getName() {
        return "scanport-jwt-verification-key";
    }

    @Override
    public int getOrdinal() {
        return 150;
    }
}
