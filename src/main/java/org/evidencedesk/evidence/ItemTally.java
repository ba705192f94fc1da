package org.evidencedesk.evidence;

import java.io.Serializable;

/** How many items a list holds and the bytes they hold together (kept by view-scoped pages, so serializable). */
public record ItemTally(long count, long bytes) implements Serializable {
}
