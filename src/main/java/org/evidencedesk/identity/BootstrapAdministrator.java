package org.evidencedesk.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.Optional;
import java.util.logging.Logger;
import org.evidencedesk.shared.config.Settings;

/**
 * The first administrator, created when no account exists: with the configured password, or with a
 * generated one printed once in the log. A generated password has been in the log, so its first login leads
 * to choosing a new one before anything else (identity.web.PasswordChangeFilter).
 */
@ApplicationScoped
public class BootstrapAdministrator {

    public static final String USERNAME = "admin";
    private static final Logger LOG = Logger.getLogger(BootstrapAdministrator.class.getName());
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int GENERATED_LENGTH = 20;

    @Inject
    private UserAccounts accounts;

    @Inject
    private AccountProvisioning provisioning;

    @Inject
    private Settings settings;

    /** Creates the administrator if there is nobody yet; returns whether it did. */
    @Transactional
    public boolean createIfNoUsers() {
        if (accounts.count() > 0) {
            return false;
        }
        Optional<String> configured = settings.adminPassword();
        String password = configured.orElseGet(BootstrapAdministrator::generatePassword);
        UserAccount administrator = provisioning.create(USERNAME, "Administrator", null, EnumSet.of(Role.ADMIN), null, password, "start-up");
        if (configured.isEmpty()) {
            administrator.requirePasswordChange();
        }
        if (configured.isPresent()) {
            LOG.warning("Bootstrap administrator 'admin' created with the password from EVIDENCEDESK_ADMIN_PASSWORD.");
        } else {
            LOG.warning("Bootstrap administrator 'admin' created with password " + password
                    + " (shown this once: the first login asks for a new one).");
        }
        return true;
    }

    static String generatePassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder(GENERATED_LENGTH);
        for (int i = 0; i < GENERATED_LENGTH; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
