package org.evidencedesk.rules;

import java.time.LocalDate;

/**
 * The dates of conduct a rule version governs, where the law changed under it: from (inclusive) and before
 * (exclusive), either open. AUCL 2019 art. 32 governs conduct before 15 October 2025 and AUCL 2025 art. 39
 * conduct from that day, the day the revision came into force (LEGAL.md, AUCL).
 */
public record ConductWindow(LocalDate from, LocalDate before) {

    /** A rule whose law has not changed governs conduct of any date. */
    public static final ConductWindow ALWAYS = new ConductWindow(null, null);

    public ConductWindow {
        if (from != null && before != null && !from.isBefore(before)) {
            throw new IllegalArgumentException("conduct from " + from + " must come before " + before);
        }
    }

    public boolean isAlways() {
        return from == null && before == null;
    }

    /** Whether the conduct whose last act was on that day falls under this version. */
    public boolean governs(LocalDate lastAct) {
        return (from == null || !lastAct.isBefore(from)) && (before == null || lastAct.isBefore(before));
    }
}
