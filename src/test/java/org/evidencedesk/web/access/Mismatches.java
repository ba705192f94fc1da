package org.evidencedesk.web.access;

import java.util.ArrayList;
import java.util.List;

/** The cells of the matrix whose outcome was not the expected one, collected so that one run reports them all. */
public final class Mismatches {

    private final List<String> found = new ArrayList<>();

    public void check(String entry, Capacity capacity, Outcome expected, Observed observed) {
        if (!observed.fits(expected)) {
            add(entry + " as " + capacity.column() + ": expected " + expected + ", got " + observed.description());
        }
    }

    public void add(String mismatch) {
        found.add(mismatch);
    }

    public List<String> found() {
        return List.copyOf(found);
    }

    /** Fails with every mismatch, one a line. */
    public void assertNone(String section) {
        if (!found.isEmpty()) {
            throw new AssertionError(found.size() + " cell(s) of " + section + " did not answer as the table says:\n  "
                    + String.join("\n  ", found));
        }
    }
}
