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
 * The threads that run PBKDF2 ({@link PasswordHasher}), at {@link #PRIORITY}: below the pages' and the API's (the normal
 * priority), above the uploads' hashing (the lowest). {@code ./run} has the JVM map it to nice 10 (the Launcher), so
 * that while a password check and a page both want a core, the page gets about nine tenths of it, and with a core free
 * the check runs at full speed. A flood of logins then slows the pages of those logged in less, and a login waits for
 * them only while they keep every core busy. How many logins are checked at once is {@link PasswordCheckSlots}' to
 * say; there are as many threads as slots or processors, whichever is more, so that a password set or changed (not a
 * login, and so without a slot) does not wait behind the logins for long.
 * <p>
 * A check runs on a thread of its own, not on the request's thread at a lowered priority: Linux lets anyone lower a
 * thread's priority but only root raise it again, and a server run by another user would keep its request threads
 * lowered after their first login.
 */
@ApplicationScoped
public class PasswordCheckThreads {

    /** The priority of the threads that check passwords. */
    public static final int PRIORITY = Thread.MIN_PRIORITY + 1;

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
