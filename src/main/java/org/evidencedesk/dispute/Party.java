package org.evidencedesk.dispute;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A claimant, a respondent, or a platform that holds data without being a party (third party). */
@Entity
@Table(name = "case_party")
public class Party extends CasePart {

    private static final long serialVersionUID = 1L;

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
        super(disputeCase);
        this.kind = details.kind();
        this.side = details.kind().side();
        this.name = details.name().trim();
        this.domiciledInChina = details.domiciledInChina();
        this.position = position;
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
