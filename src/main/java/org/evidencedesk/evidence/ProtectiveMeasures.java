package org.evidencedesk.evidence;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import org.evidencedesk.dispute.CaseActor;
import org.evidencedesk.shared.persistence.BaseEntity;

/**
 * What the court requires before anyone on the other side sees evidence produced under its order (IPE art.
 * 26): a signed confidentiality undertaking, access limited to named persons, and viewing without download.
 * Set once, when the order is made; the court and the producing side are not bound by it.
 */
@Entity
@Table(name = "protective_measures")
public class ProtectiveMeasures extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Column(name = "undertaking_required", nullable = false, updatable = false)
    private boolean undertakingRequired;

    @Column(name = "named_persons_only", nullable = false, updatable = false)
    private boolean namedPersonsOnly;

    @Column(name = "view_only", nullable = false, updatable = false)
    private boolean viewOnly;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "protected_person", joinColumns = @JoinColumn(name = "measures_id"))
    @Column(name = "username", nullable = false, length = 64)
    private Set<String> namedPersons = new TreeSet<>();

    protected ProtectiveMeasures() {
    }

    public ProtectiveMeasures(long caseId, boolean undertakingRequired, boolean viewOnly, Collection<String> namedPersons) {
        this.caseId = caseId;
        this.undertakingRequired = undertakingRequired;
        this.viewOnly = viewOnly;
        this.namedPersonsOnly = !namedPersons.isEmpty();
        this.namedPersons.addAll(namedPersons);
    }

    /** Whether the person is among those allowed to see the evidence at all. */
    public boolean admits(CaseActor actor) {
        return !namedPersonsOnly || actor.isNamedIn(namedPersons);
    }

    public boolean isAnyMeasure() {
        return undertakingRequired || namedPersonsOnly || viewOnly;
    }

    public long getCaseId() {
        return caseId;
    }

    public boolean isUndertakingRequired() {
        return undertakingRequired;
    }

    public boolean isNamedPersonsOnly() {
        return namedPersonsOnly;
    }

    public boolean isViewOnly() {
        return viewOnly;
    }

    public Set<String> getNamedPersons() {
        return Set.copyOf(namedPersons);
    }
}
