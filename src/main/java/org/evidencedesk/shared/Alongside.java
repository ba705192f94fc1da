package org.evidencedesk.shared;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Work handed to another thread while the caller goes on with its own, and answered to the caller when it needs it.
 * The work runs once: on the executor's thread if one takes it up in time, and otherwise on the caller's, which takes
 * it back when it asks for the answer (or when the executor refuses it). So a caller never waits for a busy pool to
 * reach its work, only for work already under way to end.
 *
 * @param <T> what the work answers
 */
public final class Alongside<T> {

    /** The work: what it throws reaches the caller from {@link #get}. */
    @FunctionalInterface
    public interface Work<T> {
        T call() throws IOException;
    }

    private final Work<T> work;
    private final AtomicBoolean taken = new AtomicBoolean();
    private final CompletableFuture<T> answer = new CompletableFuture<>();

    private Alongside(Work<T> work) {
        this.work = Objects.requireNonNull(work, "work");
    }

    /** Hands {@code work} to {@code executor}; if it refuses (throws), the work waits for {@link #get}. */
    public static <T> Alongside<T> start(Executor executor, Work<T> work) {
        Alongside<T> alongside = new Alongside<>(work);
        try {
            executor.execute(alongside::runUnlessTaken);
        } catch (RuntimeException refused) {
            // Full, or shutting down (RejectedExecutionException, or whatever else the pool says): get() takes it back.
        }
        return alongside;
    }

    /**
     * The work's answer: runs the work here if no thread has begun it, otherwise waits for it to end.
     *
     * @throws IOException or an unchecked exception, as the work threw it
     * @throws InterruptedIOException if this thread is interrupted while it waits (the interrupt is kept)
     */
    public T get() throws IOException {
        runUnlessTaken();
        try {
            return answer.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while waiting for work done alongside");
        } catch (ExecutionException e) {
            throw rethrown(e.getCause());
        }
    }

    /**
     * Makes sure the work never begins if it has not, for a caller that no longer needs its answer; work under way runs to
     * its end. After this, {@link #get} of work that never began throws {@link java.util.concurrent.CancellationException}.
     */
    public void abandon() {
        if (taken.compareAndSet(false, true)) {
            answer.cancel(false);
        }
    }

    private void runUnlessTaken() {
        if (!taken.compareAndSet(false, true)) {
            return;
        }
        try {
            answer.complete(work.call());
        } catch (Throwable e) {
            // Whatever the work threw, even a checked exception it did not declare, reaches get(): none waits forever.
            answer.completeExceptionally(e);
        }
    }

    private static IOException rethrown(Throwable cause) {
        if (cause instanceof IOException io) {
            return io;
        }
        if (cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        throw new IllegalStateException("Work done alongside failed", cause);
    }
}
