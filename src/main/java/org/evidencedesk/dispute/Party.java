package org.evidencedesk.dispute;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A claimant, a respondent, or a platform that holds data without being a party (third party). */
@Entity
@Table(name = "case_party")
public class Party implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private DisputeCase disputeCase;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Side side;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private PartyKind kind;

    @Column(nullable = false, length = 300)
    private String name;

    @Column(name = "domiciled_in_china", nullable = false)
    private boolean domiciledInChina;

    @Column(nullable = false)
    private int position;

    protected Party() {
    }

    Party(DisputeCase disputeCase, PartyDetails details, int position) {
        this.disputeCase = disputeCase;
        this.kind = details.kind();
        this.side = details.kind().side();
        this.name = details.name().trim();
        this.domiciledInChina = details.domiciledInChina();
        this.position = position;
    }

    public Long getId() {
        return id;
    }

    public Side getSide() {
        return side;
    }

    public PartyKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public boolean isDomiciledInChina() {
        return domiciledInChina;
    }

    public int getPosition() {
        return position;
    }

    public PartyDetails details() {
        return new PartyDetails(kind, name, domiciledInChina);
    }
}
