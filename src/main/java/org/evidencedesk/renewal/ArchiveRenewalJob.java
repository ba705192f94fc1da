package org.evidencedesk.renewal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import org.evidencedesk.shared.config.Settings;
import org.evidencedesk.shared.jobs.BackgroundJob;
import org.evidencedesk.shared.jobs.JobSchedule;

/**
 * The daily archive time-stamp renewal, at {@code evidencedesk.renewal.time} of the court's day. A run in which any
 * renewal failed is recorded as failed, naming them, so the jobs page and {@code /health} show it; the renewals that
 * succeeded stay, and the failed ones are tried again on the next run.
 */
@ApplicationScoped
public class ArchiveRenewalJob implements BackgroundJob {

    @Inject
    private ArchiveRenewal renewal;

    @Inject
    private Settings settings;

    @Inject
    private Clock clock;

    @Override
    public String name() {
        return "archive-renewal";
    }

    @Override
    public JobSchedule schedule() {
        return JobSchedule.dailyAt(settings.renewalTime(), clock.getZone());
    }

    @Override
    public void run() {
        ArchiveRenewal.Pass pass = renewal.run(clock.instant());
        if (!pass.failed().isEmpty()) {
            throw new IllegalStateException(pass.failed().size() + " of " + (pass.failed().size() + pass.renewed().size())
                    + " due renewal(s) failed: " + String.join("; ", pass.failed().subList(0, Math.min(5, pass.failed().size()))));
        }
    }
}
