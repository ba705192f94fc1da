package org.evidencedesk.burden;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import org.evidencedesk.evidence.EvidenceItem;

/**
 * One item of preliminary evidence offered for one showing of a fact's rule set.
 *
 * <p>Not a {@code BaseEntity}: written once and only deleted (unlinking), never updated, so it has no version;
 * changes to the links go through the fact in issue, whose version guards them.
 */
@Entity
@Table(name = "showing_support")
public class ShowingSupport implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "fact_id", updatable = false)
    private FactInIssue fact;

    @Column(name = "showing_id", nullable = false, updatable = false, length = 100)
    private String showingId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "item_id", updatable = false)
    private EvidenceItem item;

    @Column(name = "linked_by", nullable = false, updatable = false, length = 64)
    private String linkedBy;

    @Column(name = "linked_at", nullable = false, updatable = false)
    private Instant linkedAt;

    protected ShowingSupport() {
    }

    ShowingSupport(FactInIssue fact, String showingId, EvidenceItem item, String linkedBy, Instant linkedAt) {
        this.fact = fact;
        this.showingId = showingId;
        this.item = item;
        this.linkedBy = linkedBy;
        this.linkedAt = linkedAt;
    }

    public Long getId() {
        return id;
    }

    public String getShowingId() {
        return showingId;
    }

    public EvidenceItem getItem() {
        return item;
    }

    public String getLinkedBy() {
        return linkedBy;
    }

    public Instant getLinkedAt() {
        return linkedAt;
    }
}
