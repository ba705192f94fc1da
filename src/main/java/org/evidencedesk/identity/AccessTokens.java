package org.evidencedesk.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.evidencedesk.shared.BusinessException;
import org.evidencedesk.shared.Sha256;
import org.evidencedesk.shared.config.Settings;

/**
 * Personal access tokens: created by their owner on My account (the secret shown once), revoked by the owner or
 * all at once when an administrator disables the owner, and checked on every API request. A token works only while
 * its owner's account is enabled, and only with the scopes the owner's roles allow at the time of the call.
 */
@ApplicationScoped
public class AccessTokens {

    private static final Logger LOG = Logger.getLogger(AccessTokens.class.getName());
    /** Every secret starts with this, so that a leaked one is recognisable (and secret scanners can look for it). */
    public static final String SECRET_PREFIX = "edk_";
    public static final int MAX_NAME_LENGTH = 100;
    private static final int SECRET_BYTES = 32;
    private static final int SHOWN_PREFIX_LENGTH = 12;
    /** Last-used is written at most this often per token, not on every call. */
    private static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

    private final SecureRandom random = new SecureRandom();

    @PersistenceContext(unitName = "evidencedesk")
    private EntityManager entityManager;

    @Inject
    private UserAccounts accounts;

    @Inject
    private Settings settings;

    @Inject
    private Clock clock;

    /** Creates a token for its owner; the secret in the answer is never stored and cannot be shown again. */
    @Transactional
    public IssuedToken create(@NotNull String owner, String name, Set<TokenScope> scopes, LocalDate expiresOn) {
        String secret = SECRET_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes());
        return register(owner, name, scopes, expiresOn, secret);
    }

    /**
     * Registers a token whose secret is given rather than drawn: only for the demo's documented tokens, whose
     * secrets are public like the demo passwords.
     */
    @Transactional
    public IssuedToken registerGivenSecret(@NotNull String owner, String name, Set<TokenScope> scopes, LocalDate expiresOn,
                                           @NotNull String secret) {
        return register(owner, name, scopes, expiresOn, secret);
    }

    private IssuedToken register(String owner, String name, Set<TokenScope> scopes, LocalDate expiresOn, String secret) {
        UserAccount account = accounts.byUsername(owner).filter(UserAccount::isEnabled)
                .orElseThrow(() -> new BusinessException("token.ownerUnknown"));
        TokenTerms terms = TokenTerms.checked(account.getRoles(), name, scopes, expiresOn, today());
        AccessToken token = new AccessToken(account.getUsername(), terms.name(), Sha256.hexOf(secret),
                secret.substring(0, Math.min(SHOWN_PREFIX_LENGTH, secret.length())), EnumSet.copyOf(terms.scopes()),
                clock.instant().truncatedTo(ChronoUnit.MILLIS), terms.lastDay());
        entityManager.persist(token);
        LOG.info(() -> "Access token " + token.getPrefix() + "… (" + terms.name() + ") created for " + account.getUsername()
                + " with scopes " + terms.scopes() + ", last day " + terms.lastDay());
        return new IssuedToken(token, secret);
    }

    /** Whether a token with this secret was ever registered (active or not). */
    public boolean isRegistered(String secret) {
        return !entityManager.createNamedQuery(AccessToken.BY_SECRET, AccessToken.class)
                .setParameter("sha256", Sha256.hexOf(secret)).setMaxResults(1).getResultList().isEmpty();
    }

    /** The owner's tokens, newest first, revoked and expired ones included. */
    public List<AccessToken> list(@NotNull String owner) {
        return entityManager.createNamedQuery(AccessToken.BY_OWNER, AccessToken.class)
                .setParameter("owner", UserAccounts.normalize(owner))
                .getResultList();
    }

    /** Revokes one of the owner's tokens; someone else's token is "not found", as if it did not exist. */
    @Transactional
    public void revoke(@NotNull String owner, long tokenId) {
        AccessToken token = entityManager.find(AccessToken.class, tokenId);
        if (token == null) {
            throw new BusinessException("token.notFound");
        }
        token.revokeBy(UserAccounts.normalize(owner), clock.instant().truncatedTo(ChronoUnit.MILLIS));
        LOG.info(() -> "Access token " + token.getPrefix() + "… of " + token.getOwner() + " revoked by its owner");
    }

    /** Revokes every token of the account: its owner was disabled. Joins the caller's transaction. */
    @Transactional
    public int revokeAll(@NotNull String owner) {
        int revoked = entityManager.createNamedQuery(AccessToken.REVOKE_ALL)
                .setParameter("owner", UserAccounts.normalize(owner))
                .setParameter("at", clock.instant().truncatedTo(ChronoUnit.MILLIS))
                .executeUpdate();
        if (revoked > 0) {
            LOG.info(() -> revoked + " access token(s) of " + owner + " revoked with the account");
        }
        return revoked;
    }

    /**
     * The caller a secret stands for, if it names an active token of an enabled account; records the last use.
     * Unknown, revoked and expired tokens all answer empty, alike.
     */
    @Transactional
    public Optional<TokenCaller> authenticate(String secret) {
        if (secret == null || !secret.startsWith(SECRET_PREFIX) || secret.length() > 200) {
            return Optional.empty();
        }
        Optional<AccessToken> found = entityManager.createNamedQuery(AccessToken.BY_SECRET, AccessToken.class)
                .setParameter("sha256", Sha256.hexOf(secret))
                .getResultStream().findFirst();
        if (found.isEmpty() || !found.get().isActiveOn(today())) {
            return Optional.empty();
        }
        AccessToken token = found.get();
        Optional<UserAccount> owner = accounts.byUsername(token.getOwner()).filter(UserAccount::isEnabled);
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        touch(token);
        Set<TokenScope> scopes = EnumSet.noneOf(TokenScope.class);
        scopes.addAll(token.getScopes());
        scopes.retainAll(TokenScope.allowedFor(owner.get().getRoles()));
        return Optional.of(new TokenCaller(owner.get().getUsername(), owner.get().getRoles(), token.getId(), token.getName(),
                scopes, token.getExpiresOn()));
    }

    private void touch(AccessToken token) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        boolean stale = token.getLastUsedAt().map(used -> used.plus(LAST_USED_RESOLUTION).isBefore(now)).orElse(true);
        if (stale) {
            // An update of that column alone: no version step, so a page holding the token's version is not disturbed.
            entityManager.createNamedQuery(AccessToken.TOUCH).setParameter("at", now).setParameter("id", token.getId())
                    .executeUpdate();
        }
    }

    /** Today in the court's time zone, the zone a token's last day is counted in. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(settings.timeZone()));
    }

    private byte[] randomBytes() {
        byte[] bytes = new byte[SECRET_BYTES];
        random.nextBytes(bytes);
        return bytes;
    }
}
