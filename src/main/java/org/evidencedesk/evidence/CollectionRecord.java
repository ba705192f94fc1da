package org.evidencedesk.evidence;

import java.io.Serializable;
import java.time.Instant;

/**
 * How electronic evidence was collected: what courts check for its authenticity (CE art. 93; Internet
 * Courts Provisions art. 11): source, method, collector, tool and version, capture time, certificate.
 */
public record CollectionRecord(String source, String method, String collector, String tool, Instant capturedAt,
                               String certificateReference) implements Serializable {
}
