package org.evidencedesk.operations.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.evidencedesk.shared.jobs.BackgroundJob;
import org.evidencedesk.shared.jobs.JobLedger;
import org.evidencedesk.shared.jobs.JobRecord;
import org.evidencedesk.shared.jobs.JobScheduler;
import org.evidencedesk.web.PageMessages;

/** Administration › Background jobs: each job's schedule, last success, last failure and next run, as every node sees them. */
@Named
@RequestScoped
public class JobsPage {

    @Inject
    private JobScheduler scheduler;

    @Inject
    private JobLedger ledger;

    @Inject
    private PageMessages messages;

    @Inject
    private Clock clock;

    private List<Row> rows;

    /** One job as the page shows it; {@code record} is null for a job not yet in the table. */
    public record Row(String name, String title, String schedule, String state, JobRecord record) {
    }

    @PostConstruct
    void load() {
        Instant now = clock.instant();
        Map<String, JobRecord> records = ledger.all().stream().collect(Collectors.toMap(JobRecord::name, Function.identity()));
        rows = scheduler.jobs().stream()
                .map(job -> new Row(job.name(), title(job), schedule(job), state(job, records.get(job.name()), now), records.get(job.name())))
                .toList();
    }

    public List<Row> getRows() {
        return rows;
    }

    private String title(BackgroundJob job) {
        String key = "job." + job.name();
        String title = messages.text(key);
        return title.equals(key) ? job.name() : title;
    }

    private String schedule(BackgroundJob job) {
        return job.schedule().dailyTime().map(time -> messages.text("jobs.daily", time.toString()))
                .orElseGet(() -> messages.text("jobs.every", job.schedule().period().orElseThrow().toSeconds()));
    }

    private String state(BackgroundJob job, JobRecord record, Instant now) {
        if (record == null) {
            return messages.text("jobs.state.unregistered");
        }
        if (record.missedSchedule(now, job.schedule().grace())) {
            return messages.text("jobs.state.missed");
        }
        return messages.text(record.lastRunFailed() ? "jobs.state.failed" : "jobs.state.ok");
    }
}
