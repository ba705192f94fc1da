package org.evidencedesk.web;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
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
 * At most {@link #MOST_WAITING} refusals of one route wait at once on a node; past that, and where the request cannot
 * be made asynchronous, the refusal is answered at once, as before. Each route counts its own, so that a flood of one
 * (the time-stamp authority, the login form) cannot make the other's refusals come back at once. A client that goes
 * away while it waits loses nothing.
 */
@ApplicationScoped
public class SlowRefusals {

    /** How many refusals of one route may wait at once: each holds a connection and a little memory until answered. */
    static final int MOST_WAITING = 1_000;
    private static final Logger LOG = Logger.getLogger(SlowRefusals.class.getName());

    /** The routes whose refusals wait, each in a line of its own. */
    public enum Route {
        /** The public time-stamp authority past its rate limit. */
        TSA,
        /** The OCSP responder past its rate limit. */
        OCSP,
        /** The login form while every password check slot and place to wait is taken. */
        LOGIN
    }

    /** How many refusals wait, per route. */
    private final Map<Route, AtomicInteger> waiting = lines();
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

    /**
     * Answers {@code request}, refused on {@code route}, with {@code refusal} after {@code pause}, or at once (see the
     * class comment).
     */
    public void answer(Route route, HttpServletRequest request, HttpServletResponse response, Duration pause, Refusal refusal)
            throws IOException {
        AtomicInteger line = waiting.get(route);
        if (pause.isZero() || !request.isAsyncSupported() || !tryToWait(line)) {
            refusal.write(response);
            return;
        }
        AsyncContext async = request.startAsync(request, response);
        async.setTimeout(pause.toMillis() + Duration.ofSeconds(30).toMillis());
        later.run(() -> answerLate(line, async, refusal), pause);
    }

    private static Map<Route, AtomicInteger> lines() {
        Map<Route, AtomicInteger> lines = new EnumMap<>(Route.class);
        for (Route route : Route.values()) {
            lines.put(route, new AtomicInteger());
        }
        return lines;
    }

    private static boolean tryToWait(AtomicInteger line) {
        if (line.incrementAndGet() <= MOST_WAITING) {
            return true;
        }
        line.decrementAndGet();
        return false;
    }

    private static void answerLate(AtomicInteger line, AsyncContext async, Refusal refusal) {
        try {
            refusal.write((HttpServletResponse) async.getResponse());
        } catch (IOException | RuntimeException gone) {
            LOG.log(Level.FINE, "A refused client went away before its answer", gone);
        } finally {
            line.decrementAndGet();
            try {
                async.complete();
            } catch (IllegalStateException alreadyOver) {
                LOG.log(Level.FINE, "A refused request was over before its answer", alreadyOver);
            }
        }
    }
}
