package org.evidencedesk.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.Set;
import java.util.logging.Logger;
import org.evidencedesk.shared.BusinessException;

/**
 * The use cases of managing accounts: create, describe, enable or disable, reset and change passwords. Each change
 * of another's account checks that its actor is an enabled administrator. A change of rights (disabled, roles,
 * court) or of the password ends the account's sessions.
 */
@ApplicationScoped
@Transactional
public class UserAdministration {

    private static final Logger LOG = Logger.getLogger(UserAdministration.class.getName());

    @Inject
    private UserAccounts accounts;

    @Inject
    private AccountProvisioning provisioning;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private Clock clock;

    @Inject
    private Event<SessionsEnded> sessionsEnded;

    @Inject
    private AccessTokens accessTokens;

    /** An administrator creates an account; {@code courtId} is the court of a clerk, judge or technical investigator. */
    public UserAccount create(@NotNull String username, @NotNull String displayName, String email,
                              @NotNull Set<Role> roles, Long courtId, @NotNull String password, String actor) {
        requireAdministrator(actor);
        return provisioning.create(username, displayName, email, roles, courtId, password, actor);
    }

    public void describe(long id, long expectedVersion, @NotNull String displayName, String email,
                         @NotNull Set<Role> roles, String actor) {
        // The actor first: a refused caller learns nothing of the account, not even whether it exists.
        requireAdministrator(actor);
        describe(id, expectedVersion, displayName, email, roles, current(id, expectedVersion).getCourtId(), actor);
    }

    public void describe(long id, long expectedVersion, @NotNull String displayName, String email,
                         @NotNull Set<Role> roles, Long courtId, String actor) {
        requireAdministrator(actor);
        UserAccount account = current(id, expectedVersion);
        AccountProvisioning.requireDescription(displayName, roles);
        if (account.hasRole(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
            requireAnotherAdministrator(account);
        }
        apply(account, false, () -> {
            account.describe(displayName.trim(), AccountProvisioning.blankToNull(email), roles);
            account.assignCourt(courtId);
        });
        LOG.info(() -> "User " + account.getUsername() + " now has roles " + roles + " (by " + actor + ")");
    }

    public void disable(long id, long expectedVersion, String actor) {
        requireAdministrator(actor);
        UserAccount account = current(id, expectedVersion);
        if (account.getUsername().equals(UserAccounts.normalize(actor))) {
            throw new BusinessException("user.cannotDisableSelf");
        }
        if (account.hasRole(Role.ADMIN)) {
            requireAnotherAdministrator(account);
        }
        apply(account, false, account::disable);
        // The account's API tokens end with its sessions, for good: enabling it again does not bring them back.
        accessTokens.revokeAll(account.getUsername());
        LOG.info(() -> "User " + account.getUsername() + " disabled by " + actor);
    }

    public void enable(long id, long expectedVersion, String actor) {
        requireAdministrator(actor);
        UserAccount account = current(id, expectedVersion);
        account.enable();
        LOG.info(() -> "User " + account.getUsername() + " enabled by " + actor);
    }

    public void resetPassword(long id, long expectedVersion, @NotNull String newPassword, String actor) {
        requireAdministrator(actor);
        UserAccount account = current(id, expectedVersion);
        PasswordPolicy.check(newPassword, account.getUsername());
        apply(account, false, () -> account.changePassword(hasher.hash(newPassword), clock.instant()));
        LOG.info(() -> "Password of " + account.getUsername() + " reset by " + actor);
    }

    public void changeOwnPassword(@NotNull String username, @NotNull String currentPassword, @NotNull String newPassword) {
        UserAccount account = accounts.byUsername(username).orElseThrow(() -> new BusinessException("user.notFound"));
        if (!hasher.matches(currentPassword, account.passwordHash())) {
            throw new BusinessException("password.currentWrong");
        }
        PasswordPolicy.check(newPassword, account.getUsername());
        apply(account, true, () -> account.changePassword(hasher.hash(newPassword), clock.instant()));
        LOG.info(() -> "User " + account.getUsername() + " changed their password");
    }

    /** Places court staff at their court (used by the demo data; administrators use {@link #describe}). */
    public void assignCourt(String username, Long courtId, String actor) {
        UserAccount account = accounts.byUsername(username).orElseThrow(() -> new BusinessException("user.notFound"));
        apply(account, false, () -> account.assignCourt(courtId));
        LOG.info(() -> "User " + username + " placed at court " + courtId + " by " + actor);
    }

    /**
     * Notes the time of a successful login without touching the account's version: the same person logging in from
     * two sessions at once, or while an administrator edits the account, is not a conflicting change.
     */
    public void recordLogin(String username) {
        accounts.recordLogin(username, clock.instant());
    }

    /**
     * Applies a change to the account. One that moved its session generation on (rights or password) has ended
     * its sessions: every node sees that in the database at a session's next request, and this node's sessions
     * are told at once, after commit. When owners change their own password, the session they do it from stays.
     */
    private void apply(UserAccount account, boolean actingSessionStays, Runnable change) {
        long generation = account.getSessionGeneration();
        change.run();
        if (account.getSessionGeneration() != generation) {
            sessionsEnded.fire(new SessionsEnded(account.getUsername(), account.getSessionGeneration(), actingSessionStays));
        }
    }

    private UserAccount current(long id, long expectedVersion) {
        UserAccount account = accounts.byId(id).orElseThrow(() -> new BusinessException("user.notFound"));
        if (account.getVersion() != expectedVersion) {
            throw new OptimisticLockException(account);
        }
        return account;
    }

    /**
     * The acting user must be an enabled administrator, checked here on every change: the administration pages sit
     * behind the ADMIN role in web.xml, but a service trusts no page (security-model.md).
     */
    private void requireAdministrator(String actor) {
        boolean administrator = actor != null && accounts.byUsername(UserAccounts.normalize(actor))
                .filter(account -> account.isEnabled() && account.hasRole(Role.ADMIN))
                .isPresent();
        if (!administrator) {
            throw new BusinessException("user.administratorsOnly");
        }
    }

    private void requireAnotherAdministrator(UserAccount account) {
        boolean countsItself = account.isEnabled() && account.hasRole(Role.ADMIN);
        if (accounts.countEnabledWith(Role.ADMIN) - (countsItself ? 1 : 0) < 1) {
            throw new BusinessException("user.lastAdministrator");
        }
    }


}
