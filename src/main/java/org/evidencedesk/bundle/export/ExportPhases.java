package org.evidencedesk.bundle.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How long each phase of one bundle export took, for the server log: an export of a large case takes seconds, and
 * an operator asking why needs to know where they went without a profiler.
 */
final class ExportPhases {

    private final long start = System.nanoTime();
    private final List<String> phases = new ArrayList<>();
    private long last = start;

    /** Ends the phase named {@code phase}, which began when the last one ended. */
    void done(String phase) {
        long now = System.nanoTime();
        phases.add(String.format(Locale.ROOT, "%s %d ms", phase, (now - last) / 1_000_000));
        last = now;
    }

    /** Records a phase that ran on another thread beside the ones before, and took {@code millis}. */
    void beside(String phase, long millis) {
        phases.add(String.format(Locale.ROOT, "%s %d ms beside", phase, millis));
    }

    /** The time since the first phase began, in milliseconds. */
    long totalMillis() {
        return (System.nanoTime() - start) / 1_000_000;
    }

    @Override
    public String toString() {
        return String.join(", ", phases);
    }
}
