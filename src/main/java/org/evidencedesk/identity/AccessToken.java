package org.evidencedesk.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.evidencedesk.shared.BusinessException;
import org.evidencedesk.shared.persistence.BaseEntity;

/**
 * A personal access token: its owner's name for it, the scopes it carries and how long it lasts. The secret itself
 * is never kept, only its SHA-256; the prefix lets the owner tell tokens apart.
 */
@Entity
@Table(name = "access_token")
@NamedQuery(name = AccessToken.BY_SECRET, query = "select t from AccessToken t where t.secretSha256 = :sha256")
@NamedQuery(name = AccessToken.BY_OWNER, query = "select t from AccessToken t where t.owner = :owner order by t.createdAt desc, t.id desc")
@NamedQuery(name = AccessToken.REVOKE_ALL,
        query = "update AccessToken t set t.revokedAt = :at, t.version = t.version + 1 where t.owner = :owner and t.revokedAt is null")
@NamedQuery(name = AccessToken.TOUCH, query = "update AccessToken t set t.lastUsedAt = :at where t.id = :id")
public class AccessToken extends BaseEntity {

    private static final long serialVersionUID = 1L;

    static final String BY_SECRET = "AccessToken.bySecret";
    static final String BY_OWNER = "AccessToken.byOwner";
    static final String REVOKE_ALL = "AccessToken.revokeAll";
    static final String TOUCH = "AccessToken.touch";

    @Column(nullable = false, length = 64)
    private String owner;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "secret_sha256", nullable = false, length = 64, unique = true)
    private String secretSha256;

    @Column(nullable = false, length = 16)
    private String prefix;

    @Column(nullable = false, length = 100)
    private String scopes;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_on", nullable = false)
    private LocalDate expiresOn;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected AccessToken() {
    }

    AccessToken(String owner, String name, String secretSha256, String prefix, Set<TokenScope> scopes, Instant createdAt,
                LocalDate expiresOn) {
        this.owner = owner;
        this.name = name;
        this.secretSha256 = secretSha256;
        this.prefix = prefix;
        this.scopes = TokenScope.encode(scopes);
        this.createdAt = createdAt;
        this.expiresOn = expiresOn;
    }

    public String getOwner() {
        return owner;
    }

    public String getName() {
        return name;
    }

    /** The first characters of the secret, shown so that its owner can tell which token is which. */
    public String getPrefix() {
        return prefix;
    }

    public Set<TokenScope> getScopes() {
        return TokenScope.decode(scopes);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** The last day the token works, in the court's time zone. */
    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public Optional<Instant> getLastUsedAt() {
        return Optional.ofNullable(lastUsedAt);
    }

    public Optional<Instant> getRevokedAt() {
        return Optional.ofNullable(revokedAt);
    }

    /** Whether the token still works on {@code today}: not revoked and not past its last day. */
    public boolean isActiveOn(LocalDate today) {
        return stateOn(today) == TokenState.ACTIVE;
    }

    /** Whether the token works on {@code today}, or why not: a revoked token stays revoked whatever its last day. */
    public TokenState stateOn(LocalDate today) {
        if (revokedAt != null) {
            return TokenState.REVOKED;
        }
        return today.isAfter(expiresOn) ? TokenState.EXPIRED : TokenState.ACTIVE;
    }

    /**
     * Revokes the token for its owner. Anyone else is told it does not exist, so that token ids reveal nothing about
     * other people's tokens.
     */
    void revokeBy(String who, Instant at) {
        if (!owner.equals(who)) {
            throw new BusinessException("token.notFound");
        }
        if (revokedAt != null) {
            throw new BusinessException("token.alreadyRevoked");
        }
        revokedAt = at;
    }
}
