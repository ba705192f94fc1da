package org.evidencedesk.dispute;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One open deadline or hearing as the calendar and the home page list it, with what they show of its case and party,
 * read straight from the query: no deadline, case or party entity is loaded (a case row carries its claims and its
 * search text, up to 24,000 characters, of which a list shows the number and the title).
 *
 * @param partyName the party whose own deadline it is (its answer period), or null for one of the whole case
 */
public record DeadlineRow(long id, DeadlineKind kind, LocalDate dueOn, Instant dueAt, boolean provisional,
                          String partyName, long caseId, String caseNumber, String filingReference, String caseTitle)
        implements Serializable {

    /** The case number once accepted, else the filing reference. */
    public String caseDisplayNumber() {
        return DisputeCase.displayNumber(caseNumber, filingReference);
    }

    /** Whether its last moment has passed at {@code now}; every row is of an open deadline. */
    public boolean isOverdue(Instant now) {
        return now.isAfter(dueAt);
    }
}
