package com.scanport.identity.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Optional;

/**
 * Answers Payara's MicroProfile JWT for a bearer token it verified before ({@link VerifiedTokens}),
 * ahead of its own identity store, which parses the token, rebuilds the public key from PEM and
 * checks the RSA signature on every request: half the cost of an authenticated read. Any other
 * token is left to Payara's store, as is everything on a server whose mechanism asks no identity
 * store (WildFly).
 */
@ApplicationScoped
public class VerifiedTokenStore implements IdentityStore {

    /** Payara's credential for a bearer token; its compact form is read through {@code getSignedJWT()}. */
    static final String BEARER_CREDENTIAL = "fish.payara.microprofile.jwtauth.eesecurity.SignedJWTCredential";

    private static final ClassValue<Optional<Method>> COMPACT_FORM = new ClassValue<>() {
        @Override
        protected Optional<Method> computeValue(Class<?> type) {
            if (!BEARER_CREDENTIAL.equals(type.getName())) {
                return Optional.empty();
            }
            try {
                return Optional.of(type.getMethod("getSignedJWT"));
            } catch (NoSuchMethodException e) {
                return Optional.empty();
            }
        }
    };

    @Inject
    private VerifiedTokens tokens;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        return compactForm(credential)
                .flatMap(tokens::recall)
                .map(verified -> new CredentialValidationResult(verified.principal(), verified.groups()))
                .orElse(CredentialValidationResult.NOT_VALIDATED_RESULT);
    }

    /** Before Payara's store, which keeps the default priority of 100. */
    @Override
    public int priority() {
        return 10;
    }

    static Optional<String> compactForm(Credential credential) {
        return COMPACT_FORM.get(credential.getClass()).map(getter -> {
            try {
                return (String) getter.invoke(credential);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("Payara's bearer credential could not be read", e);
            }
        });
    }
}
