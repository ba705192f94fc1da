package org.evidencedesk.evidence;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

/**
 * What is drawn across every page of view-only evidence: who is looking, when (in the court's time zone)
 * and at which case and exhibit, so that a photograph or screenshot of a page names its source.
 *
 * @param username the viewer's login
 * @param displayName the viewer's name as the court knows it, or null
 */
public record Watermark(String username, String displayName, ZonedDateTime at, String caseNumber, String exhibitNumber) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx '('VV')'");

    public Watermark {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(caseNumber, "caseNumber");
        Objects.requireNonNull(exhibitNumber, "exhibitNumber");
    }

    /** The watermark's lines, as drawn: viewer, case and exhibit, time. */
    public List<String> lines() {
        String viewer = displayName == null || displayName.isBlank() || displayName.equals(username)
                ? username : username + " · " + displayName;
        return List.of(viewer, caseNumber + " · " + exhibitNumber, TIME.format(at));
    }
}
