package org.evidencedesk.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.Set;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.evidencedesk.shared.BusinessException;

/**
 * Makes an account. It checks the account (a valid unused username, a description, a password the policy accepts),
 * not who asks: each caller has checked that right itself — {@link UserAdministration} that the actor is an enabled
 * administrator, the case workflow that a clerk may assign the case's members, the bootstrap that nobody exists
 * yet, the demo data that the demo switch is on.
 */
@ApplicationScoped
@Transactional
public class AccountProvisioning {

    private static final Logger LOG = Logger.getLogger(AccountProvisioning.class.getName());
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");

    @Inject
    private UserAccounts accounts;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private Clock clock;

    /**
     * Creates an account; {@code courtId} is the court of a clerk, judge or technical investigator.
     *
     * @param source who made it, for the log: an administrator's or clerk's username, "start-up" or "demo"
     */
    public UserAccount create(@NotNull String username, @NotNull String displayName, String email,
                              @NotNull Set<Role> roles, Long courtId, @NotNull String password, @NotNull String source) {
        String normalized = UserAccounts.normalize(username);
        if (!USERNAME.matcher(normalized).matches()) {
            throw new BusinessException("user.usernameInvalid");
        }
        if (accounts.byUsername(normalized).isPresent()) {
            throw new BusinessException("user.usernameTaken", normalized);
        }
        requireDescription(displayName, roles);
        PasswordPolicy.check(password, normalized);
        UserAccount account = new UserAccount(normalized, displayName.trim(), blankToNull(email), roles,
                hasher.hash(password), clock.instant());
        account.assignCourt(courtId);
        accounts.add(account);
        LOG.info(() -> "User " + normalized + " created with roles " + roles + " by " + source);
        return account;
    }

    static void requireDescription(String displayName, Set<Role> roles) {
        if (displayName == null || displayName.isBlank() || displayName.length() > 200) {
            throw new BusinessException("user.displayNameRequired");
        }
        if (roles == null || roles.isEmpty()) {
            throw new BusinessException("user.roleRequired");
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
