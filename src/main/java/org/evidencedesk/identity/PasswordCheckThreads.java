package org.evidencedesk.identity;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The threads that run PBKDF2 ({@link PasswordHasher}), at {@link #PRIORITY}: below the pages' and the API's (the normal
 * priority), above the uploads' hashing (the lowest). {@code ./run} has the JVM map it to nice 10 (the Launcher), so
 * that while a password check and a page both want a core, the page gets about nine tenths of it, and with a core free
 * the check runs at full speed. A flood of logins then slows the pages of those logged in less, and a login waits for
 * them only while they keep every core busy. How many checks run at once is {@link PasswordCheckSlots}' to say.
 * <p>
 * A check runs on a thread of its own, not on the request's thread at a lowered priority: Linux lets anyone lower a
 * thread's priority but only root raise it again, and a server run by another user would keep its request threads
 * lowered after their first login.
 */
@ApplicationScoped
public class PasswordCheckThreads {

    /** The priority of the threads that check passwords. */
    public static final int PRIORITY = Thread.MIN_PRIORITY + 1;

    private ExecutorService threads;

    @PostConstruct
    void start() {
        AtomicInteger made = new AtomicInteger();
        threads = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), task -> {
            Thread thread = new Thread(task, "evidencedesk-password-check-" + made.incrementAndGet());
            thread.setDaemon(true);
            thread.setPriority(PRIORITY);
            return thread;
        });
    }

    @PreDestroy
    void stop() {
        threads.shutdownNow();
    }

    /** What {@code check} answers, run on one of these threads; the caller waits for it. */
    public <T> T run(Supplier<T> check) {
        Future<T> answer = threads.submit(check::get);
        try {
            return answer.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while a password was checked", e);
        }
    }
}
