package org.evidencedesk.api.cases;

import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.evidencedesk.dispute.Deadline;
import org.evidencedesk.dispute.DeadlineKind;

/** A time limit of the case, as the case page's deadline tab shows it: with its legal basis. */
@Schema(name = "Deadline", description = "A time limit of a case, with the law it runs under.")
public record DeadlineEntry(
        @Schema(description = "The deadline's id.") long id,
        @Schema(description = "What must be done by then.") DeadlineKind kind,
        @Schema(description = "The party it runs for; null when it is the case's or the court's.", nullable = true) Long partyId,
        @Schema(description = "That party's name.", nullable = true) String partyName,
        @Schema(description = "Its last day, in the court's calendar.") LocalDate dueOn,
        @Schema(description = "The instant it ends (the end of its last day in the court's time zone, or a hearing's time).")
        Instant dueAt,
        @Schema(description = "The legal basis and how the period was counted, as the case page shows it.") String basis,
        @Schema(description = "OPEN, MET or SUPERSEDED.") Deadline.State state,
        @Schema(description = "Whether it is open and its end has passed.") boolean overdue,
        @Schema(description = "Whether it is open and its end may still move, for want of a holiday file for a year it counts in.")
        boolean provisional,
        @Schema(description = "When it was met or superseded.", nullable = true) Instant closedAt) {

    static DeadlineEntry of(Deadline deadline, Instant now) {
        return new DeadlineEntry(deadline.getId(), deadline.getKind(),
                deadline.getParty() == null ? null : deadline.getParty().getId(),
                deadline.getParty() == null ? null : deadline.getParty().getName(),
                deadline.getDueOn(), deadline.getDueAt(), deadline.getBasis(), deadline.getState(), deadline.isOverdue(now),
                deadline.isOpen() && deadline.isProvisional(), deadline.getClosedAt());
    }
}
