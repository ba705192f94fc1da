package org.evidencedesk.identity;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;
import org.evidencedesk.shared.Daemons;
import org.evidencedesk.shared.config.Settings;

/**
 * The threads that run PBKDF2 ({@link PasswordHasher}), at the pages' priority. How many logins are checked at once is
 * {@link PasswordCheckSlots}' to say; there are as many threads as slots or processors, whichever is more, so that a
 * password set or changed (not a login, and so without a slot) does not wait behind the logins for long; and a check
 * still waiting when the server stops is cancelled, not left waiting.
 * <p>
 * In the sixteenth round these threads ran below the pages' priority (nice 10 under {@code ./run}), so that a flood of
 * wrong logins slowed the pages of those logged in less. The load benchmark then showed the price: with 50 people
 * browsing and keeping both cores busy, a check got about a tenth of a core, the logins of the morning queued behind
 * one another, and 14 of 60 gave up after waiting 20 seconds for their turn (docs/benchmarks.md, "Logins in a flood").
 * A court whose users cannot log in is worse off than one whose pages slow down during an attack, so the checks run at
 * the normal priority again; what holds a flood back is the login gate ({@code LoginGate}) and the slots.
 */
@ApplicationScoped
public class PasswordCheckThreads {

    /** The priority of the threads that check passwords: the pages' (see above). */
    public static final int PRIORITY = Thread.NORM_PRIORITY;

    @Inject
    private Settings settings;

    private ExecutorService threads;

    /** For CDI, which then sizes the pool from the settings. */
    public PasswordCheckThreads() {
    }

    /** With {@code count} threads (tests). */
    PasswordCheckThreads(int count) {
        start(count);
    }

    @PostConstruct
    void startFromSettings() {
        start(Math.max(settings.loginChecks(), Runtime.getRuntime().availableProcessors()));
    }

    private void start(int count) {
        threads = Executors.newFixedThreadPool(count, Daemons.named("evidencedesk-password-check", PRIORITY));
    }

    /** Stops the threads; checks still waiting for one are cancelled, and those who wait for them are told so. */
    @PreDestroy
    void stop() {
        threads.shutdownNow().forEach(waiting -> ((Future<?>) waiting).cancel(false));
    }

    /**
     * What {@code check} answers, run on one of these threads; the caller waits for it.
     *
     * @throws IllegalStateException when the server stops before the check has run
     */
    public <T> T run(Supplier<T> check) {
        try {
            return Daemons.answerOf(threads.submit(check::get));
        } catch (RejectedExecutionException | CancellationException stopping) {
            throw new IllegalStateException("The password was not checked: the server is stopping", stopping);
        }
    }
}
