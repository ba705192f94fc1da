package org.evidencedesk.dispute;

/**
 * Whose cases a list shows: those the user is a member of, plus all of one court's cases for its clerks
 * and judges ({@code courtId} set). A disabled user sees none.
 */
public record CaseViewer(Long userId, String username, Long courtId, boolean enabled) {
}
