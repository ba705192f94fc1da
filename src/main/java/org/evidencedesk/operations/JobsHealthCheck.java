package org.evidencedesk.operations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;
import org.evidencedesk.shared.jobs.BackgroundJob;
import org.evidencedesk.shared.jobs.JobLedger;
import org.evidencedesk.shared.jobs.JobRecord;
import org.evidencedesk.shared.jobs.JobScheduler;

/**
 * Reports at {@code /health} whether every background job keeps its schedule, as the shared table shows it: DOWN
 * when one has waited past its due time beyond its grace, which means no node's scheduler takes it (a run that
 * merely failed is reported too, but runs again when due and keeps the check UP). A liveness check: the node serves
 * requests all the same, but its scheduler needs a restart or a look.
 */
@Liveness
@ApplicationScoped
public class JobsHealthCheck implements HealthCheck {

    @Inject
    private JobScheduler scheduler;

    @Inject
    private JobLedger ledger;

    @Inject
    private Clock clock;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("background-jobs").up();
        try {
            Instant now = clock.instant();
            Map<String, JobRecord> records = ledger.all().stream().collect(Collectors.toMap(JobRecord::name, Function.identity()));
            for (BackgroundJob job : scheduler.jobs()) {
                JobRecord record = records.get(job.name());
                if (record == null) {
                    response.down().withData(job.name(), "not registered");
                } else if (record.missedSchedule(now, job.schedule().grace())) {
                    response.down().withData(job.name(), "missed its schedule: due " + record.nextDue());
                } else {
                    response.withData(job.name(), (record.lastRunFailed() ? "last run failed" : "on schedule") + "; next due " + record.nextDue());
                }
            }
            return response.build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("background-jobs").down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
