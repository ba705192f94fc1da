package org.evidencedesk.evidence;

/** How many items a list holds and the bytes they hold together. */
public record ItemTally(long count, long bytes) {
}
