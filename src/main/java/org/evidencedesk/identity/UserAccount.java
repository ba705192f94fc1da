package org.evidencedesk.identity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.evidencedesk.shared.persistence.BaseEntity;

/** A person who logs in, with the roles that decide the pages they reach. */
@Entity
@Table(name = "app_user")
@NamedQuery(name = UserAccount.BY_USERNAME, query = "select u from UserAccount u where u.username = :username")
@NamedQuery(name = UserAccount.ALL, query = "select u from UserAccount u order by u.username")
@NamedQuery(name = UserAccount.COUNT, query = "select count(u) from UserAccount u")
@NamedQuery(name = UserAccount.COUNT_ENABLED_WITH_ROLE,
        query = "select count(u) from UserAccount u join u.roles r where u.enabled = true and r = :role")
@NamedQuery(name = UserAccount.SESSION_GENERATION,
        query = "select u.sessionGeneration from UserAccount u where u.id = :id and u.enabled = true")
@NamedQuery(name = UserAccount.RECORD_LOGIN, query = "update UserAccount u set u.lastLoginAt = :at where u.username = :username")
public class UserAccount extends BaseEntity {

    private static final long serialVersionUID = 1L;

    static final String BY_USERNAME = "UserAccount.byUsername";
    static final String ALL = "UserAccount.all";
    static final String COUNT = "UserAccount.count";
    static final String COUNT_ENABLED_WITH_ROLE = "UserAccount.countEnabledWithRole";
    static final String SESSION_GENERATION = "UserAccount.sessionGeneration";
    static final String RECORD_LOGIN = "UserAccount.recordLogin";

    @Column(nullable = false, unique = true, length = 64)
    private String username;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(length = 254)
    private String email;

    @Column(name = "password_hash", nullable = false, length = 512)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role", nullable = false, length = 32)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "password_changed_at", nullable = false)
    private Instant passwordChangedAt;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    /** The court a clerk, judge or technical investigator works at; none for counsel and administrators. */
    @Column(name = "court_id")
    private Long courtId;

    /**
     * Moves on whenever the account's rights or password change; a session that logged in under an earlier
     * generation is over (see identity.web.StaleSessionFilter).
     */
    @Column(name = "session_generation", nullable = false)
    private long sessionGeneration;

    /** Set for the bootstrap administrator whose password was generated: the first login leads to choosing one. */
    @Column(name = "password_change_required", nullable = false)
    private boolean passwordChangeRequired;

    protected UserAccount() {
    }

    UserAccount(String username, String displayName, String email, Set<Role> roles, String passwordHash, Instant now) {
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.roles = EnumSet.copyOf(roles);
        this.passwordHash = passwordHash;
        this.enabled = true;
        this.createdAt = now;
        this.passwordChangedAt = now;
    }

    /** Changes name, e-mail and roles; sessions end only if the roles changed. */
    void describe(String displayName, String email, Set<Role> roles) {
        this.displayName = displayName;
        this.email = email;
        if (!this.roles.equals(roles)) {
            this.roles.clear();
            this.roles.addAll(roles);
            endSessions();
        }
    }

    /** Places the account at a court; sessions end if that moves it, as the court decides which cases it sees. */
    void assignCourt(Long courtId) {
        if (!Objects.equals(this.courtId, courtId)) {
            this.courtId = courtId;
            endSessions();
        }
    }

    void enable() {
        this.enabled = true;
    }

    void disable() {
        this.enabled = false;
        endSessions();
    }

    void changePassword(String passwordHash, Instant now) {
        this.passwordHash = passwordHash;
        this.passwordChangedAt = now;
        this.passwordChangeRequired = false;
        endSessions();
    }

    /** The password was generated, and seen in the log by whoever reads it: the owner must replace it first. */
    void requirePasswordChange() {
        this.passwordChangeRequired = true;
    }

    private void endSessions() {
        sessionGeneration++;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    String passwordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Set<Role> getRoles() {
        return Collections.unmodifiableSet(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public Set<String> roleNames() {
        return roles.stream().map(Role::name).collect(Collectors.toUnmodifiableSet());
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }

    public Optional<Instant> lastLogin() {
        return Optional.ofNullable(lastLoginAt);
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public Long getCourtId() {
        return courtId;
    }

    public boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }

    public long getSessionGeneration() {
        return sessionGeneration;
    }
}
