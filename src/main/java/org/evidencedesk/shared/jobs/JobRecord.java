package org.evidencedesk.shared.jobs;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A job's row in {@code background_job}, as every node sees it: when it is next due, when its last run began, on
 * which node, and when it last succeeded and last failed (with the failure's message).
 */
public record JobRecord(String name, Instant nextDue, Optional<Instant> lastStarted, Optional<String> startedOn,
                        Optional<Instant> lastSuccess, Optional<Instant> lastFailure, Optional<String> failureMessage) {

    public JobRecord {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(nextDue, "nextDue");
    }

    /** Whether the job has waited past its due time longer than {@code grace}: no node's scheduler took it. */
    public boolean missedSchedule(Instant now, Duration grace) {
        return now.isAfter(nextDue.plus(grace));
    }

    /** Whether the last run that ended, ended in failure. */
    public boolean lastRunFailed() {
        return lastFailure.isPresent() && lastSuccess.map(success -> success.isBefore(lastFailure.get())).orElse(true);
    }
}
