package org.evidencedesk.web.access;

import java.util.EnumSet;
import java.util.Set;

/** What one request (or one attempted action) answered: the outcomes it satisfies, and how to say what happened. */
public record Observed(Set<Outcome> fits, String description) {

    public Observed {
        fits = fits.isEmpty() ? EnumSet.noneOf(Outcome.class) : EnumSet.copyOf(fits);
    }

    public static Observed as(Outcome outcome, String description) {
        return new Observed(EnumSet.of(outcome), description);
    }

    public static Observed unexpected(String description) {
        return new Observed(Set.of(), description);
    }

    public boolean fits(Outcome expected) {
        return fits.contains(expected);
    }

    public boolean is(Outcome outcome) {
        return fits.contains(outcome);
    }
}
