package org.evidencedesk.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.evidencedesk.dispute.AppealableDecision;
import org.evidencedesk.dispute.CaseStatus;
import org.evidencedesk.dispute.DeadlineKind;
import org.evidencedesk.dispute.IpType;
import org.evidencedesk.dispute.PartyKind;
import org.evidencedesk.dispute.TechnologyArea;

/** One generated case with its parts, as the generator writes them: only what the tables hold. */
record SyntheticCase(long courtId, String caseNumber, String title, IpType ipType, TechnologyArea technologyArea,
                     String claims, String relief, CaseStatus status, CaseStatus suspendedFrom,
                     AppealableDecision appealableDecision, CaseDates dates,
                     List<SyntheticParty> parties, List<SyntheticDeadline> deadlines, List<SyntheticEvent> events,
                     boolean counselMember) {

    private static final int SEARCH_TEXT_MAX = 4000;

    /** What the list's text search looks in, built as {@code DisputeCase} builds it. */
    String searchText(String filingReference) {
        String text = Stream.concat(Stream.of(filingReference, caseNumber, title), parties.stream().map(SyntheticParty::name))
                .filter(part -> part != null && !part.isBlank())
                .map(part -> part.toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(" | "));
        return text.length() > SEARCH_TEXT_MAX ? text.substring(0, SEARCH_TEXT_MAX) : text;
    }

    /**
     * The dates a case has reached; null where it has not got that far. The complaint reached every respondent
     * on {@code servedOn}, and the decision every claimant and respondent on {@code decisionServedOn}.
     */
    record CaseDates(Instant filedAt, Instant acceptedAt, LocalDate servedOn, LocalDate evidencePeriodStart,
                     LocalDate evidencePeriodEnd, Instant hearingAt, LocalDate decidedOn, LocalDate decisionServedOn) {
    }

    record SyntheticParty(PartyKind kind, String name, boolean domiciledInChina) {
    }

    record SyntheticDeadline(DeadlineKind kind, LocalDate dueOn, Instant dueAt, String basis, String state,
                             Instant closedAt) {
    }

    record SyntheticEvent(Instant occurredAt, String actor, String type, CaseStatus from, CaseStatus to,
                          String detail) {
    }
}
