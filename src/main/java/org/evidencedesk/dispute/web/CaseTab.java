package org.evidencedesk.dispute.web;

import java.util.Arrays;
import java.util.Locale;

/**
 * The tabs of the case page, in their order on the page. The page renders only the tab it opens with; the browser
 * loads each other tab when it is first shown. A tab's name is the {@code tab} parameter that opens the page on it
 * ({@code cases/view.xhtml?id=7&tab=custody}), so a link or a bookmark can lead to any tab.
 */
public enum CaseTab {
    OVERVIEW, EVIDENCE, DISCLOSURE, DEADLINES, MEMBERS, CUSTODY, TIMELINE;

    /** The tab a parameter names, in any case; the overview for no name or one that names no tab. */
    public static CaseTab named(String name) {
        if (name == null) {
            return OVERVIEW;
        }
        String wanted = name.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(tab -> tab.name().equals(wanted)).findFirst().orElse(OVERVIEW);
    }

    /** The tab at a position of the page's tab view; the overview for a position the page does not have. */
    public static CaseTab at(int index) {
        return index >= 0 && index < values().length ? values()[index] : OVERVIEW;
    }

    /** The {@code tab} parameter that opens the page on this tab. */
    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }
}
