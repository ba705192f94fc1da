package org.evidencedesk.shared.jobs;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * A job's row in {@code background_job}; changed only by {@link JobLedger}'s conditional updates.
 *
 * <p>Not a {@code BaseEntity}: its key is the job's name, and {@link JobLedger} guards changes with conditional
 * updates on the row itself, so it needs neither a generated id nor a version.
 */
@Entity
@Table(name = "background_job")
public class ScheduledJob {

    @Id
    private String name;

    @Column(name = "next_due", nullable = false)
    private Instant nextDue;

    @Column(name = "last_started")
    private Instant lastStarted;

    @Column(name = "started_on")
    private String startedOn;

    @Column(name = "last_success")
    private Instant lastSuccess;

    @Column(name = "last_failure")
    private Instant lastFailure;

    @Column(name = "last_failure_message")
    private String lastFailureMessage;

    protected ScheduledJob() {
    }

    ScheduledJob(String name, Instant nextDue) {
        this.name = name;
        this.nextDue = nextDue;
    }

    JobRecord record() {
        return new JobRecord(name, nextDue, Optional.ofNullable(lastStarted), Optional.ofNullable(startedOn),
                Optional.ofNullable(lastSuccess), Optional.ofNullable(lastFailure), Optional.ofNullable(lastFailureMessage));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ScheduledJob job && name != null && name.equals(job.name);
    }

    @Override
    public int hashCode() {
        return ScheduledJob.class.hashCode();
    }
}
