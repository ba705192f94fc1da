package org.evidencedesk.dispute;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.evidencedesk.shared.jobs.BackgroundJob;
import org.evidencedesk.shared.jobs.JobSchedule;

/**
 * Counts provisional deadlines again once their year's holiday file is installed, and marks provisional the
 * deadlines stored before the flag existed that lie in a year without one. The holiday files are read once, when
 * the server starts, so a new file can change a count only then: the job is due at every start. It runs nightly too,
 * because at a start another node may hold the job, and a node started with the file must still get its turn.
 * Each case is one transaction of its own ({@link CaseWorkflow#reviewProvisionalDeadlines}).
 */
@ApplicationScoped
public class ProvisionalDeadlineReview implements BackgroundJob {

    private static final Logger LOG = Logger.getLogger(ProvisionalDeadlineReview.class.getName());
    private static final LocalTime NIGHTLY = LocalTime.of(3, 45);

    @Inject
    private DisputeCases cases;

    @Inject
    private CaseWorkflow workflow;

    @Inject
    private WorkingCalendar calendar;

    @Inject
    private Clock clock;

    @Override
    public String name() {
        return "provisional-deadlines";
    }

    @Override
    public JobSchedule schedule() {
        return JobSchedule.dailyAt(NIGHTLY, clock.getZone()).alsoAtStart();
    }

    @Override
    public void run() {
        int changed = 0;
        List<String> failed = new ArrayList<>();
        for (long caseId : cases.withDeadlinesToReview(calendar.yearsWithSchedule())) {
            try {
                changed += workflow.reviewProvisionalDeadlines(caseId);
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "The deadlines of case " + caseId + " could not be counted again", e);
                failed.add(caseId + " (" + e.getClass().getSimpleName() + ")");
            }
        }
        int total = changed;
        if (total > 0) {
            LOG.info(() -> total + " deadline(s) counted again on the holiday files of " + calendar.yearsWithSchedule());
        }
        if (!failed.isEmpty()) {
            throw new IllegalStateException("The deadlines of case(s) " + String.join(", ", failed)
                    + " could not be counted again; " + total + " changed");
        }
    }
}
