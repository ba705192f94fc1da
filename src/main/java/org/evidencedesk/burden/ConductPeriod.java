package org.evidencedesk.burden;

import java.time.LocalDate;
import org.evidencedesk.rules.RuleSet;
import org.evidencedesk.shared.BusinessException;

/**
 * When the conduct a fact in issue is about took place: its first and its last act (for conduct that goes on,
 * the day the fact is proposed). It decides which version of a changed law governs: AUCL 2019 art. 32 for
 * conduct before 15 October 2025, AUCL 2025 art. 39 from that day (LEGAL.md, AUCL).
 *
 * <p>Conduct that straddles the day (began before, went on after) is governed by the version in force on its
 * last act: an act that continues under the new law is judged by it, as transitional provisions usually treat
 * continuing infringement. This is our reading, not a quoted text; it changes only the citation, since the
 * 2025 revision keeps the provision's words (LEGAL.md), so the burden falls the same under either version.
 */
public record ConductPeriod(LocalDate from, LocalDate until) {

    public ConductPeriod {
        if (from == null || until == null) {
            throw new BusinessException("burden.conductDatesRequired");
        }
        if (until.isBefore(from)) {
            throw new BusinessException("burden.conductEndsBeforeItStarts");
        }
    }

    /** Whether the version governs this conduct: the one in force on the last act. */
    public boolean isGovernedBy(RuleSet rule) {
        return rule.governsConductEndingOn(until);
    }
}
