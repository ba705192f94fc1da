package org.evidencedesk.custody;

/**
 * An evidence item of a case as the custody rules see it: its id, its exhibit number, and whether one viewer may
 * see it. The evidence area decides the last ({@link CaseItemVisibility}); custody only applies it.
 */
public record CaseItem(long id, String exhibitNumber, boolean visible) {
}
