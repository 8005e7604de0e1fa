package com.scanport.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The RSA key pair that signs and verifies Scanport's JWTs. Read from
 * {@code scanport.jwt.signing-key} (a PKCS#8 PEM file); when unset, from
 * {@code <data dir>/keys/jwt-signing-key.pem}, generated there on first use.
 * Every instance of a cluster must be given the same key.
 *
 * <p>Read with plain system properties and environment variables because it also
 * serves a ConfigSource, which cannot itself use MicroProfile Config.
 */
public final class SigningKeys {

    static final String SIGNING_KEY_FILE = "jwt-signing-key.pem";

    private static volatile KeyPair keyPair;

    private SigningKeys() {
    }

    public static KeyPair keyPair() {
        KeyPair pair = keyPair;
        if (pair == null) {
            synchronized (SigningKeys.class) {
                pair = keyPair;
                if (pair == null) {
                    pair = loadOrGenerate(signingKeyPath());
                    keyPair = pair;
                }
            }
        }
        return pair;
    }

    /**
     * A key for one purpose (signing URLs, say), derived from the private signing key: the same
     * on every instance that shares the signing key, and useless for signing tokens.
     */
    public static byte[] derivedKey(String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(keyPair().getPrivate().getEncoded(), "HmacSHA256"));
            return mac.doFinal(("scanport-derived-key:" + purpose).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot derive a key for " + purpose, e);
        }
    }

    public static String publicKeyPem() {
        return pem("PUBLIC KEY", keyPair().getPublic().getEncoded());
    }

    static Path signingKeyPath() {
        String configured = setting("scanport.jwt.signing-key");
        if (configured != null) {
            return Paths.get(configured);
        }
        String dataDir = setting("scanport.data.dir");
        return Paths.get(dataDir == null ? "data" : dataDir, "keys", SIGNING_KEY_FILE);
    }

    /** System property first, then the environment variable of the same key (SCANPORT_X_Y for scanport.x-y). */
    static String setting(String key) {
        String value = System.getProperty(key);
        if (value == null || value.isBlank()) {
            value = System.getenv(key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'));
        }
        return value == null || value.isBlank() ? null : value;
    }

    static KeyPair loadOrGenerate(Path file) {
        try {
            if (!Files.exists(file)) {
                generate(file);
            }
            return read(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the JWT signing key " + file, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The JWT signing key " + file + " is not an RSA PKCS#8 PEM key", e);
        }
    }

    private static void generate(Path file) throws IOException, GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        byte[] encoded = generator.generateKeyPair().getPrivate().getEncoded();
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), "jwt-key", ".tmp");
        try {
            if (Files.getFileStore(temp).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
            }
            Files.writeString(temp, pem("PRIVATE KEY", encoded), StandardCharsets.US_ASCII);
            // A hard link is created atomically or not at all: two instances starting at
            // once on one data directory end up with the same key.
            Files.createLink(file, temp);
        } catch (FileAlreadyExistsException e) {
            // another instance won the race; its key is the one to use
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static KeyPair read(Path file) throws IOException, GeneralSecurityException {
        String text = Files.readString(file, StandardCharsets.US_ASCII)
                .replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "")
                .replaceAll("\\s", "");
        KeyFactory factory = KeyFactory.getInstance("RSA");
        PrivateKey privateKey = factory.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(text)));
        RSAPrivateCrtKey crt = (RSAPrivateCrtKey) privateKey;
        PublicKey publicKey = factory.generatePublic(new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent()));
        return new KeyPair(publicKey, privateKey);
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
