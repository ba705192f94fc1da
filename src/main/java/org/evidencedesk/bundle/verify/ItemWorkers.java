package org.evidencedesk.bundle.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.evidencedesk.shared.Daemons;

/**
 * The threads of one verification that check its parts and items side by side, and answer in the order a loop
 * would. With one thread nothing is started and the work runs on the caller's thread: the server's pages and API
 * verify on one thread each, so that one upload cannot take every core; the verify command uses every core of the
 * machine it runs on, where a 10,000-item bundle spends most of its time on two ECDSA verifications per item.
 *
 * <p>A task that throws ends the call: the first failure in input order is thrown to the caller as it was thrown (a
 * passed deadline included), and the tasks not yet begun are cancelled. {@link #close} waits for the ones running,
 * so no thread is left verifying once the verification has answered.
 */
final class ItemWorkers implements AutoCloseable {

    private final ExecutorService pool;

    private ItemWorkers(ExecutorService pool) {
        this.pool = pool;
    }

    /** @param threads how many parts or items are checked at once; 1 checks them one after the other */
    static ItemWorkers of(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("a verification needs at least one thread, not " + threads);
        }
        return new ItemWorkers(threads == 1 ? null
                : Executors.newFixedThreadPool(threads, Daemons.named("bundle-verify", Thread.NORM_PRIORITY)));
    }

    /** The task's result for each input, in the inputs' order. */
    <T, R> List<R> map(List<T> inputs, Function<T, R> task) {
        List<R> results = new ArrayList<>(inputs.size());
        if (pool == null || inputs.size() < 2) {
            for (T input : inputs) {
                results.add(task.apply(input));
            }
            return results;
        }
        List<Future<R>> futures = new ArrayList<>(inputs.size());
        try {
            for (T input : inputs) {
                futures.add(pool.submit(() -> task.apply(input)));
            }
            for (Future<R> future : futures) {
                results.add(Daemons.answerOf(future));
            }
            return results;
        } finally {
            futures.forEach(future -> future.cancel(true));
        }
    }

    @Override
    public void close() {
        if (pool == null) {
            return;
        }
        pool.shutdownNow();
        try {
            // A task already running checks one part or item: milliseconds, an interrupt or a passed deadline sooner.
            pool.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
