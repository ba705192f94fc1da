package org.evidencedesk.identity;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * PBKDF2-HMAC-SHA512 password hashes (210,000 iterations, 32-byte salt), the platform's implementation, computed on the
 * password check threads ({@link PasswordCheckThreads}).
 */
@ApplicationScoped
public class PasswordHasher {

    static final Map<String, String> PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32");

    /** Hash checked against unknown usernames so that their timing matches a wrong password. */
    private String decoy;

    @Inject
    private Pbkdf2PasswordHash pbkdf2;

    @Inject
    private PasswordCheckThreads threads;

    @PostConstruct
    void initialize() {
        pbkdf2.initialize(PARAMETERS);
        decoy = threads.run(() -> pbkdf2.generate("decoy password for unknown users".toCharArray()));
    }

    public String hash(String password) {
        return threads.run(() -> pbkdf2.generate(password.toCharArray()));
    }

    public boolean matches(String password, String hash) {
        return threads.run(() -> pbkdf2.verify(password.toCharArray(), hash));
    }

    /** Spends the time of a verification without any account behind it. */
    public void verifyAgainstNobody(String password) {
        threads.run(() -> pbkdf2.verify(password.toCharArray(), decoy));
    }
}
