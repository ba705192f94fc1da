package org.evidencedesk.renewal;

import java.time.Instant;
import org.evidencedesk.archive.DueRenewal;

/**
 * A renewal that would leave the signature due no later than before, so it is not stored: the time-stamping
 * authority's certificate runs out as early as the newest token's, or the hash algorithm's end of life is as near.
 * The operator must act (rotate the time-stamping certificate, configure a stronger algorithm); the job says so.
 */
public class RenewalGainsNothing extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public RenewalGainsNothing(DueRenewal due, Instant renewBy) {
        super("Renewing " + due.kind() + " " + due.subjectId() + " in case " + due.caseId() + " gains nothing: a fresh archive"
                + " time-stamp would be due by " + renewBy + ", no later than the current " + due.renewBy()
                + "; renew the time-stamping certificate or move to a stronger hash algorithm");
    }
}
