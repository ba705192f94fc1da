package org.evidencedesk.shared;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Threads of the application's own pools, and the answers of the work given to them. */
public final class Daemons {

    private Daemons() {
    }

    /** Daemon threads named {@code name-1}, {@code name-2}, ..., at {@code priority}. */
    public static ThreadFactory named(String name, int priority) {
        AtomicInteger made = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, name + "-" + made.incrementAndGet());
            thread.setDaemon(true);
            thread.setPriority(priority);
            return thread;
        };
    }

    /**
     * What {@code work} answered, waited for; what it threw, thrown as it was (an unchecked exception or an error). An
     * interrupted wait keeps the interrupt and throws {@link CancellationException}, as does work cancelled.
     */
    public static <R> R answerOf(Future<R> work) {
        try {
            return work.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while waiting for the answer");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException unchecked) {
                throw unchecked;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
