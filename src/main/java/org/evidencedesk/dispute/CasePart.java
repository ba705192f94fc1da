package org.evidencedesk.dispute;

import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import java.io.Serializable;

/**
 * A row that belongs to one case and lives and dies with it: a party, a member, a deadline, an event.
 *
 * <p>Not a {@code BaseEntity}: its rows change only through their case, whose version guards every change
 * ({@link DisputeCase} is the aggregate), so they carry no version of their own.
 */
@MappedSuperclass
public abstract class CasePart implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private DisputeCase disputeCase;

    protected CasePart() {
    }

    protected CasePart(DisputeCase disputeCase) {
        this.disputeCase = disputeCase;
    }

    public Long getId() {
        return id;
    }

    public DisputeCase getDisputeCase() {
        return disputeCase;
    }
}
