package org.evidencedesk.dispute;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.evidencedesk.identity.UserAccount;

/** A user's part in one case: counsel for a side, or a member of the court's panel. */
@Entity
@Table(name = "case_member")
public class CaseMember extends CasePart {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "user_id")
    private UserAccount user;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Side side;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private MemberRole role;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected CaseMember() {
    }

    CaseMember(DisputeCase disputeCase, UserAccount user, MemberRole role, Instant addedAt) {
        super(disputeCase);
        this.user = user;
        this.role = role;
        this.side = role.side();
        this.addedAt = addedAt;
    }

    public UserAccount getUser() {
        return user;
    }

    public Side getSide() {
        return side;
    }

    public MemberRole getRole() {
        return role;
    }

    public Instant getAddedAt() {
        return addedAt;
    }

    /**
     * Whether this part gives its user a capacity on the case now: the account is enabled and still holds the role
     * the part needs (an administrator may have taken it away since). The rule {@link CaseAccessPolicy} applies.
     */
    public boolean inForce() {
        return user.isEnabled() && user.hasRole(role.requiredRole());
    }

    boolean is(String username, MemberRole memberRole) {
        return role == memberRole && user.getUsername().equals(username);
    }
}
