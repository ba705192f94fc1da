package org.evidencedesk.shared.jobs;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs every {@link BackgroundJob}, each on a thread of its own made by the container's managed thread factory (see
 * {@link JobTicks}: one long run must not delay another job). Each job gets a tick every {@link #TICK}; a tick reads the job's due time from {@code background_job} and, when it is due, takes the run
 * (one node wins), runs it and records how it ended. Nothing escapes a tick: an exception escaping a periodic task
 * would cancel all its later runs, so a failed run, or a database that does not answer, costs only that tick.
 *
 * <p>Why managed threads and not an EJB timer: on Payara Micro, persistent EJB timers live in the Hazelcast
 * data grid (gone when the cluster stops) and non-persistent ones on one node; neither records a run where every
 * node and {@code /health} can read it. Managed threads give the job the application's context (CDI, JNDI),
 * the jobs' transactions are their own {@code @Transactional} methods, and the table holds the schedule.
 */
@ApplicationScoped
public class JobScheduler {

    /** How often each node looks whether a job is due. */
    static final Duration TICK = Duration.ofSeconds(15);

    private static final Logger LOG = Logger.getLogger(JobScheduler.class.getName());
    private static final String NODE = ManagementFactory.getRuntimeMXBean().getName();

    @Inject
    @Any
    private Instance<BackgroundJob> jobs;

    @Inject
    private JobLedger ledger;

    @Inject
    private Clock clock;

    @Resource
    private ManagedThreadFactory threads;

    private JobTicks ticks;

    /** Called once at start-up: records every job, then ticks for each. */
    public void start() {
        List<BackgroundJob> all = jobs();
        ticks = new JobTicks(all.size(), threads);
        for (BackgroundJob job : all) {
            register(job);
            ticks.every(TICK, () -> tick(job));
            LOG.info(() -> "Background job " + job.name() + " scheduled; next due "
                    + ledger.byName(job.name()).map(JobRecord::nextDue).map(Instant::toString).orElse("?"));
        }
    }

    /** At undeployment: no tick outlives the application. */
    @PreDestroy
    void stop() {
        if (ticks != null) {
            ticks.close();
        }
    }

    /** Two nodes starting at once may both insert a new job's row: the one that loses finds it on its second try. */
    private void register(BackgroundJob job) {
        try {
            ledger.register(job.name(), job.schedule().firstDue(clock.instant()));
        } catch (RuntimeException e) {
            LOG.log(Level.INFO, "Background job " + job.name() + " registered by another node meanwhile; reading it again", e);
            ledger.register(job.name(), job.schedule().firstDue(clock.instant()));
        }
    }

    /** Every job this application runs, for the administration page and {@code /health}. */
    public List<BackgroundJob> jobs() {
        return jobs.stream().toList();
    }

    public Optional<BackgroundJob> job(String name) {
        return jobs.stream().filter(job -> job.name().equals(name)).findFirst();
    }

    private void tick(BackgroundJob job) {
        try {
            Instant now = clock.instant();
            if (ledger.take(job.name(), now, job.schedule().nextAfter(now), NODE)) {
                run(job);
            }
        } catch (Throwable e) {
            LOG.log(Level.SEVERE, "Background job " + job.name() + ": could not look whether it is due; trying again in "
                    + TICK.toSeconds() + " s", e);
        }
    }

    private void run(BackgroundJob job) {
        Instant started = clock.instant();
        try {
            job.run();
            ledger.succeeded(job.name(), clock.instant());
            LOG.fine(() -> "Background job " + job.name() + " done in " + Duration.between(started, clock.instant()).toMillis() + " ms");
        } catch (Exception | LinkageError | AssertionError e) {
            String message = describe(e);
            LOG.log(Level.SEVERE, "Background job " + job.name() + " failed: " + message + "; it runs again when next due", e);
            ledger.failed(job.name(), clock.instant(), message);
        }
    }

    /** The failure and its causes in one line, for the table and the administration page. */
    static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = failure; cause != null && text.length() < 2000; cause = cause.getCause() == cause ? null : cause.getCause()) {
            text.append(text.length() == 0 ? "" : " ← ").append(cause.getClass().getSimpleName())
                    .append(cause.getMessage() == null ? "" : ": " + cause.getMessage());
        }
        return text.toString();
    }
}
