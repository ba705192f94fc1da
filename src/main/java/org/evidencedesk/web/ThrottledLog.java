package org.evidencedesk.web;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A log line for what any client may cause once per request: the first at once, then at most one per interval, each
 * saying how many happened since the line before. A client that repeats it on purpose cannot fill the log.
 */
public final class ThrottledLog {

    private final Logger log;
    private final Level level;
    private final long intervalNanos;
    private final AtomicLong sinceLastLine = new AtomicLong();
    private final AtomicLong lastLine;

    public ThrottledLog(Logger log, Level level, Duration interval) {
        this.log = log;
        this.level = level;
        this.intervalNanos = interval.toNanos();
        this.lastLine = new AtomicLong(System.nanoTime() - intervalNanos);
    }

    /** Counts one occurrence; when a line is due, logs {@code latest} (what this one was) with the count. */
    public void note(Supplier<String> latest) {
        sinceLastLine.incrementAndGet();
        long now = System.nanoTime();
        long previous = lastLine.get();
        if (now - previous >= intervalNanos && lastLine.compareAndSet(previous, now)) {
            long count = sinceLastLine.getAndSet(0);
            log.log(level, () -> latest.get() + " (" + count + " in all since the last such line)");
        }
    }
}
