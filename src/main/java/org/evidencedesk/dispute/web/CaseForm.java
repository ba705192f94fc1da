package org.evidencedesk.dispute.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.evidencedesk.dispute.CaseDetails;
import org.evidencedesk.dispute.IpType;
import org.evidencedesk.dispute.PartyDetails;
import org.evidencedesk.dispute.PartyKind;
import org.evidencedesk.dispute.Side;
import org.evidencedesk.dispute.TechnologyArea;

/** The fields of the filing form, shared by filing, amending and correcting a case. */
public class CaseForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One editable party row. */
    public static class PartyRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private PartyKind kind;
        private String name;
        private boolean domiciledInChina = true;

        PartyRow(PartyKind kind) {
            this.kind = kind;
        }

        PartyRow(PartyDetails details) {
            this(details.kind());
            this.name = details.name();
            this.domiciledInChina = details.domiciledInChina();
        }

        public PartyKind getKind() {
            return kind;
        }

        public void setKind(PartyKind kind) {
            this.kind = kind;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public boolean isDomiciledInChina() {
            return domiciledInChina;
        }

        public void setDomiciledInChina(boolean domiciledInChina) {
            this.domiciledInChina = domiciledInChina;
        }
    }

    private String title;
    private IpType ipType;
    private TechnologyArea technologyArea;
    private String claims;
    private String relief;
    private Long courtId;
    private final List<PartyRow> claimants = new ArrayList<>();
    private final List<PartyRow> respondents = new ArrayList<>();
    private final List<PartyRow> thirdParties = new ArrayList<>();

    public static CaseForm blank() {
        CaseForm form = new CaseForm();
        form.add(Side.CLAIMANT.name());
        form.add(Side.RESPONDENT.name());
        return form;
    }

    public static CaseForm of(CaseDetails details, Long courtId) {
        CaseForm form = new CaseForm();
        form.title = details.title();
        form.ipType = details.ipType();
        form.technologyArea = details.technologyArea();
        form.claims = details.claims();
        form.relief = details.relief();
        form.courtId = courtId;
        for (PartyDetails party : details.parties()) {
            form.rowsOn(party.kind().side()).add(new PartyRow(party));
        }
        return form;
    }

    public CaseDetails details() {
        List<PartyDetails> parties = new ArrayList<>();
        for (List<PartyRow> rows : List.of(claimants, respondents, thirdParties)) {
            for (PartyRow row : rows) {
                parties.add(new PartyDetails(row.kind, row.name, row.domiciledInChina));
            }
        }
        return new CaseDetails(title, ipType, technologyArea, claims, relief, parties);
    }

    private List<PartyRow> rowsOn(Side side) {
        return switch (side) {
            case CLAIMANT -> claimants;
            case RESPONDENT -> respondents;
            default -> thirdParties;
        };
    }

    /** Adds an empty row on a side, of that side's most common kind. */
    public void add(String side) {
        Side wanted = Side.valueOf(side);
        rowsOn(wanted).add(new PartyRow(kindsFor(side).get(0)));
    }

    public List<PartyRow> rows(String side) {
        return rowsOn(Side.valueOf(side));
    }

    public void remove(PartyRow row) {
        claimants.remove(row);
        respondents.remove(row);
        thirdParties.remove(row);
    }

    public List<PartyKind> kindsFor(String side) {
        Side wanted = Side.valueOf(side);
        return List.of(PartyKind.values()).stream().filter(kind -> kind.side() == wanted).toList();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public IpType getIpType() {
        return ipType;
    }

    public void setIpType(IpType ipType) {
        this.ipType = ipType;
    }

    public TechnologyArea getTechnologyArea() {
        return technologyArea;
    }

    public void setTechnologyArea(TechnologyArea technologyArea) {
        this.technologyArea = technologyArea;
    }

    public String getClaims() {
        return claims;
    }

    public void setClaims(String claims) {
        this.claims = claims;
    }

    public String getRelief() {
        return relief;
    }

    public void setRelief(String relief) {
        this.relief = relief;
    }

    public Long getCourtId() {
        return courtId;
    }

    public void setCourtId(Long courtId) {
        this.courtId = courtId;
    }
}
