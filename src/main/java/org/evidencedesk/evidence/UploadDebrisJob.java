package org.evidencedesk.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalTime;
import org.evidencedesk.shared.jobs.BackgroundJob;
import org.evidencedesk.shared.jobs.JobSchedule;

/**
 * The clean-up of abandoned uploads as a background job: due whenever a node starts (a crash leaves debris that
 * nothing else clears) and every night at 03:30 court time, after the integrity sweep. Each blob goes in a
 * transaction of its own ({@link UnregisteredBlobRemoval}); the scheduler records the run on the jobs page and
 * {@code /health}.
 */
@ApplicationScoped
public class UploadDebrisJob implements BackgroundJob {

    private static final LocalTime NIGHTLY = LocalTime.of(3, 30);

    @Inject
    private UploadDebris debris;

    @Inject
    private Clock clock;

    @Override
    public String name() {
        return "upload-debris";
    }

    @Override
    public JobSchedule schedule() {
        return JobSchedule.dailyAt(NIGHTLY, clock.getZone()).alsoAtStart();
    }

    @Override
    public void run() {
        debris.run();
    }
}
