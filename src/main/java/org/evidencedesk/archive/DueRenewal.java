package org.evidencedesk.archive;

import java.time.Instant;
import java.util.Objects;

/**
 * A stored signature and when its next archive time-stamp is due: the job's unit of work, read a page at a time.
 *
 * @param id the row's id in {@code signature_due}, the tie-breaker when pages are read after one another
 * @param renewals how many renewals the signature has had: 0 while the original is current
 */
public record DueRenewal(long id, SignatureKind kind, long subjectId, long caseId, Instant renewBy, int renewals) {

    public DueRenewal {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(renewBy, "renewBy");
    }
}
