package org.evidencedesk.rules;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.evidencedesk.shared.persistence.BaseEntity;

/**
 * The instrument an administrator recorded as making a proposed rule binding at this court (a pilot notice or
 * the adopted text: its citation in both languages and its date). The catalogue turns it into a new active
 * version of the rule, {@code adoptedVersion}, that cites the instrument and stands alone. Never changed.
 */
@Entity
@Table(name = "rule_set_adoption")
@NamedQuery(name = RuleSetAdoption.ALL, query = "select a from RuleSetAdoption a order by a.id")
public class RuleSetAdoption extends BaseEntity {

    private static final long serialVersionUID = 1L;
    static final String ALL = "RuleSetAdoption.all";
    static final int CITATION_LIMIT = 1000;

    @Column(name = "proposed_key", nullable = false, updatable = false, length = 80)
    private String proposedKey;

    @Column(name = "adopted_version", nullable = false, updatable = false)
    private int adoptedVersion;

    @Column(name = "citation_en", nullable = false, updatable = false, length = CITATION_LIMIT)
    private String citationEn;

    @Column(name = "citation_zh", nullable = false, updatable = false, length = CITATION_LIMIT)
    private String citationZh;

    @Column(name = "instrument_date", nullable = false, updatable = false)
    private LocalDate instrumentDate;

    @Column(name = "recorded_by", nullable = false, updatable = false, length = 64)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected RuleSetAdoption() {
    }

    RuleSetAdoption(String proposedKey, int adoptedVersion, LocalizedText citation, LocalDate instrumentDate,
                    String recordedBy, Instant recordedAt) {
        this.proposedKey = proposedKey;
        this.adoptedVersion = adoptedVersion;
        this.citationEn = citation.en();
        this.citationZh = citation.zh();
        this.instrumentDate = instrumentDate;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** The adopted version's citation: the instrument and its date, in each language. */
    public LocalizedText citation() {
        return new LocalizedText(citationEn + " (" + instrumentDate + ")", citationZh + "（" + instrumentDate + "）");
    }

    /** The key of the version the instrument made: the proposed rule's id with the adopted version. */
    public String adoptedKey() {
        return RuleSet.key(proposedKey.substring(0, proposedKey.lastIndexOf('@')), adoptedVersion);
    }

    public String getProposedKey() {
        return proposedKey;
    }

    public int getAdoptedVersion() {
        return adoptedVersion;
    }

    public LocalDate getInstrumentDate() {
        return instrumentDate;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
