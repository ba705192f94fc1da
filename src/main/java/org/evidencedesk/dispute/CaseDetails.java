package org.evidencedesk.dispute;

import java.io.Serializable;
import java.util.List;
import org.evidencedesk.shared.BusinessException;

/** What a filing states about a case; checked before anything is stored. */
public record CaseDetails(String title, IpType ipType, TechnologyArea technologyArea, String claims, String relief,
                          List<PartyDetails> parties) implements Serializable {

    static final int TITLE_MAX = 300;
    static final int TEXT_MAX = 10_000;
    static final int NAME_MAX = 300;

    public CaseDetails {
        parties = List.copyOf(parties);
    }

    /** Refuses incomplete or oversized details with the first problem found. */
    public void validate() {
        requireText(title, TITLE_MAX, "case.titleRequired");
        if (ipType == null) {
            throw new BusinessException("case.ipTypeRequired");
        }
        if (technologyArea == null) {
            throw new BusinessException("case.technologyRequired");
        }
        requireText(claims, TEXT_MAX, "case.claimsRequired");
        requireText(relief, TEXT_MAX, "case.reliefRequired");
        for (PartyDetails party : parties) {
            if (party.kind() == null) {
                throw new BusinessException("case.partyKindRequired");
            }
            requireText(party.name(), NAME_MAX, "case.partyNameRequired");
        }
        if (parties.stream().noneMatch(party -> party.kind().side() == Side.CLAIMANT)) {
            throw new BusinessException("case.claimantRequired");
        }
        if (parties.stream().noneMatch(party -> party.kind().side() == Side.RESPONDENT)) {
            throw new BusinessException("case.respondentRequired");
        }
    }

    private static void requireText(String text, int max, String messageKey) {
        if (text == null || text.isBlank() || text.length() > max) {
            throw new BusinessException(messageKey, max);
        }
    }
}
