package org.evidencedesk.shared.jobs;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * The threads the background jobs tick on, one per job. A job's next tick is queued only when its run has ended, so
 * with as many threads as jobs every queued tick finds a free thread: a sweep running for hours never holds up the
 * lapse timer. (The container's default managed scheduler has a core pool of zero on Payara Micro, which a
 * {@code ScheduledThreadPoolExecutor} serves with a single thread: every job waited behind the longest.)
 */
final class JobTicks implements AutoCloseable {

    private final ScheduledExecutorService threads;

    /** {@code threads} makes the threads; give it the container's managed thread factory, so runs have the application's context. */
    JobTicks(int jobs, ThreadFactory threads) {
        this.threads = Executors.newScheduledThreadPool(Math.max(1, jobs), threads);
    }

    /** Runs {@code tick} now, then {@code period} after each run ends. */
    void every(Duration period, Runnable tick) {
        threads.scheduleWithFixedDelay(tick, 0, period.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Stops every tick and interrupts runs in progress (at undeployment). */
    @Override
    public void close() {
        threads.shutdownNow();
    }
}
