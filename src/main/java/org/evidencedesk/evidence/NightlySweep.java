package org.evidencedesk.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.evidencedesk.custody.CustodyCheckpoints;
import org.evidencedesk.shared.config.Settings;
import org.evidencedesk.shared.jobs.BackgroundJob;
import org.evidencedesk.shared.jobs.JobSchedule;

/**
 * The nightly job, at the configured time of the court's day: the integrity sweep, then a signed checkpoint of every
 * intact chain, each in its own transaction, so that tomorrow's sweep can hold each chain to what was signed tonight.
 */
@ApplicationScoped
public class NightlySweep implements BackgroundJob {

    private static final Logger LOG = Logger.getLogger(NightlySweep.class.getName());
    private static final String ACTOR = "integrity-sweep";

    @Inject
    private IntegritySweep sweep;

    @Inject
    private CustodyCheckpoints checkpoints;

    @Inject
    private Settings settings;

    @Inject
    private Clock clock;

    @Override
    public String name() {
        return "integrity-sweep";
    }

    @Override
    public JobSchedule schedule() {
        return JobSchedule.dailyAt(settings.sweepTime(), clock.getZone());
    }

    /** A checkpoint that fails does not stop the others; the run then fails, naming the cases left without one. */
    @Override
    public void run() {
        IntegritySweep.SweepReport report = sweep.run();
        List<String> failed = new ArrayList<>();
        for (long caseId : report.intactChains()) {
            try {
                checkpoints.checkpoint(caseId, ACTOR);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Nightly sweep: the checkpoint of case " + caseId + " failed", e);
                failed.add("case " + caseId + " (" + e.getClass().getSimpleName() + ")");
            }
        }
        if (!failed.isEmpty()) {
            throw new IllegalStateException("Checkpoints failed for " + failed.size() + " of " + report.intactChains().size()
                    + " intact chain(s): " + String.join(", ", failed));
        }
    }
}
