package org.evidencedesk.disclosure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.evidencedesk.shared.jobs.BackgroundJob;
import org.evidencedesk.shared.jobs.JobSchedule;

/**
 * The lapse timer: marks granted requests whose deadline has passed as {@code DEADLINE_LAPSED} and refers
 * them to the judge. It runs at start-up, so a deadline that passed while the server was down lapses as soon
 * as it is back, and then every minute as a background job. PeriodCounter live in the database, so nothing is lost
 * across restarts.
 */
@ApplicationScoped
public class DeadlineWatch implements BackgroundJob {

    private static final Logger LOG = Logger.getLogger(DeadlineWatch.class.getName());
    private static final Duration PERIOD = Duration.ofMinutes(1);

    @Inject
    private DisclosureRequests requests;

    @Inject
    private DisclosureWorkflow disclosures;

    @Inject
    private Clock clock;

    @Override
    public String name() {
        return "disclosure-deadlines";
    }

    @Override
    public JobSchedule schedule() {
        return JobSchedule.every(PERIOD);
    }

    /**
     * Called once at start-up, on the start-up thread: what lapsed while the server was down lapses now,
     * before the first request is served.
     */
    public void start() {
        int lapsed = lapseOverdue();
        if (lapsed > 0) {
            LOG.info(() -> lapsed + " disclosure order(s) lapsed while the server was down; referred to the judge");
        }
    }

    /** Lapses every overdue request, each in its own transaction; returns how many lapsed, and logs what failed. */
    public int lapseOverdue() {
        try {
            return lapseAll();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The disclosure deadline check failed; it runs again in a minute", e);
            return 0;
        }
    }

    /** The scheduled run: as {@link #lapseOverdue()}, failing when any overdue request could not be lapsed. */
    @Override
    public void run() {
        lapseAll();
    }

    private int lapseAll() {
        int lapsed = 0;
        List<String> failed = new ArrayList<>();
        for (long requestId : requests.overdue(clock.instant())) {
            try {
                lapsed += disclosures.lapseIfOverdue(requestId) ? 1 : 0;
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "Disclosure request " + requestId + " could not be marked lapsed", e);
                failed.add(requestId + " (" + e.getClass().getSimpleName() + ")");
            }
        }
        if (!failed.isEmpty()) {
            throw new IllegalStateException("Disclosure request(s) " + String.join(", ", failed) + " could not be marked lapsed; "
                    + lapsed + " lapsed");
        }
        return lapsed;
    }
}
