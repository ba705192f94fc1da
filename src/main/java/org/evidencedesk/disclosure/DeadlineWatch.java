package org.evidencedesk.disclosure;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The lapse timer: marks granted requests whose deadline has passed as {@code DEADLINE_LAPSED} and refers
 * them to the judge. It runs at start-up, so a deadline that passed while the server was down lapses as soon
 * as it is back, and then every minute. Deadlines live in the database, so nothing is lost across restarts.
 */
@ApplicationScoped
public class DeadlineWatch {

    private static final Logger LOG = Logger.getLogger(DeadlineWatch.class.getName());
    private static final long PERIOD_SECONDS = 60;

    @Inject
    private DisclosureRequests requests;

    @Inject
    private Disclosures disclosures;

    @Inject
    private Clock clock;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    /**
     * Called once at start-up, on the start-up thread: what lapsed while the server was down lapses now,
     * before the first request is served; then the check runs every minute.
     */
    public void start() {
        int lapsed = lapseOverdue();
        if (lapsed > 0) {
            LOG.info(() -> lapsed + " disclosure order(s) lapsed while the server was down; referred to the judge");
        }
        scheduler.scheduleWithFixedDelay(this::lapseOverdue, PERIOD_SECONDS, PERIOD_SECONDS, TimeUnit.SECONDS);
    }

    /** Lapses every overdue request, each in its own transaction; returns how many lapsed. */
    public int lapseOverdue() {
        int lapsed = 0;
        try {
            List<Long> overdue = requests.overdue(clock.instant());
            for (long requestId : overdue) {
                lapsed += lapseOne(requestId) ? 1 : 0;
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The disclosure deadline check failed; it runs again in a minute", e);
        }
        return lapsed;
    }

    private boolean lapseOne(long requestId) {
        try {
            return disclosures.lapseIfOverdue(requestId);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Disclosure request " + requestId + " could not be marked lapsed", e);
            return false;
        }
    }
}
