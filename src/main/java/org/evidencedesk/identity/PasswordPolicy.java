package org.evidencedesk.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.evidencedesk.shared.BusinessException;

/**
 * Minimum password strength, after NIST SP 800-63B: length matters, composition rules do not; passwords
 * that are common or contain the username are refused.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    private static final int MIN_DISTINCT_CHARACTERS = 5;
    private static final Set<String> COMMON = loadCommonPasswords();

    private PasswordPolicy() {
    }

    /** Refuses a password that is too weak, with the reason as a message key. */
    public static void check(String password, String username) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new BusinessException("password.tooShort", MIN_LENGTH);
        }
        if (password.length() > MAX_LENGTH) {
            throw new BusinessException("password.tooLong", MAX_LENGTH);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT))) {
            throw new BusinessException("password.containsUsername");
        }
        if (password.codePoints().distinct().count() < MIN_DISTINCT_CHARACTERS || COMMON.contains(lower)) {
            throw new BusinessException("password.tooCommon");
        }
    }

    private static Set<String> loadCommonPasswords() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-passwords.txt is missing from the build");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::trim)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
