package org.evidencedesk.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/** The repository of user accounts. */
@ApplicationScoped
public class UserAccounts {

    @PersistenceContext(unitName = "evidencedesk")
    private EntityManager entityManager;

    public Optional<UserAccount> byId(long id) {
        return Optional.ofNullable(entityManager.find(UserAccount.class, id));
    }

    public Optional<UserAccount> byUsername(String username) {
        return entityManager.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", normalize(username))
                .getResultStream()
                .findFirst();
    }

    public List<UserAccount> all() {
        return entityManager.createNamedQuery(UserAccount.ALL, UserAccount.class).getResultList();
    }

    public long count() {
        return entityManager.createNamedQuery(UserAccount.COUNT, Long.class).getSingleResult();
    }

    public long countEnabledWith(Role role) {
        return entityManager.createNamedQuery(UserAccount.COUNT_ENABLED_WITH_ROLE, Long.class)
                .setParameter("role", role)
                .getSingleResult();
    }

    /**
     * The session generation of an enabled account, read on every request of a logged-in user: one row by
     * primary key, one column, and no entity or roles loaded.
     */
    public OptionalLong sessionGeneration(long id) {
        return entityManager.createNamedQuery(UserAccount.SESSION_GENERATION, Long.class)
                .setParameter("id", id)
                .getResultStream()
                .mapToLong(Long::longValue)
                .findFirst();
    }

    /** Sets the last login by an update of that column alone: no version check, no version step. */
    void recordLogin(String username, Instant at) {
        entityManager.createNamedQuery(UserAccount.RECORD_LOGIN)
                .setParameter("username", normalize(username))
                .setParameter("at", at)
                .executeUpdate();
    }

    void add(UserAccount account) {
        entityManager.persist(account);
    }

    static String normalize(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }
}
