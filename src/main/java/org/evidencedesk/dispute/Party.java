package org.evidencedesk.dispute;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * A claimant, a respondent, or a platform that holds data without being a party (third party). Each party's time
 * limits run from its own service, so the party keeps the days the complaint and the appealable decision reached it
 * (CPL art. 128; CPLI art. 244: "上诉期从各自收到判决书、裁定书之日计算"), and the day it appealed.
 */
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

    @Column(name = "complaint_served_on")
    private LocalDate complaintServedOn;

    @Column(name = "decision_served_on")
    private LocalDate decisionServedOn;

    @Column(name = "appealed_on")
    private LocalDate appealedOn;

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

    /** Whether a row of corrected details names this party: the same side and the same name. */
    boolean isNamedBy(PartyDetails details) {
        return details.kind().side() == side && details.name().trim().equals(name);
    }

    void redescribe(PartyDetails details, int newPosition) {
        this.kind = details.kind();
        this.domiciledInChina = details.domiciledInChina();
        this.position = newPosition;
    }

    void complaintServed(LocalDate on) {
        complaintServedOn = on;
    }

    void decisionServed(LocalDate on) {
        decisionServedOn = on;
    }

    void appealed(LocalDate on) {
        appealedOn = on;
    }

    public boolean hasBeenServed() {
        return complaintServedOn != null || decisionServedOn != null;
    }

    public boolean hasAppealed() {
        return appealedOn != null;
    }

    public LocalDate getComplaintServedOn() {
        return complaintServedOn;
    }

    public LocalDate getDecisionServedOn() {
        return decisionServedOn;
    }

    public LocalDate getAppealedOn() {
        return appealedOn;
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
