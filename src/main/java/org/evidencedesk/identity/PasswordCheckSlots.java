package org.evidencedesk.identity;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The logins whose password is checked at once. A check is 210,000 rounds of PBKDF2 ({@link PasswordHasher}),
 * about 0.18 s of one core by design, and anyone may ask for one. The rate limit and the throttle count per address,
 * so a flood from many addresses would run a check for every request and take every core from the pages. Here at
 * most half the processors (at least one) check passwords at once: the other half stays for the pages, the API and
 * the time-stamping authority. (One check per processor was tried: with both cores of a 2-core server checking, a
 * flood still took them from the pages.) Logins more wait their turn, in order; a login
 * beyond those, or one that waited twenty seconds, is asked to come back, because a request thread held waiting is one
 * that no page can use.
 */
@ApplicationScoped
public class PasswordCheckSlots {

    /** What a refused login is told to wait, in seconds. */
    public static final int RETRY_AFTER_SECONDS = 5;
    /**
     * Logins that may wait, per slot. On an idle server the last of them waits about 6 s; on a busy one a check takes
     * longer (under bench/load with a /tsa flood, 60 logins in 30 s on 2 cores, eight waiting were too few: 8 were
     * refused).
     */
    public static final int WAITING_PER_SLOT = 32;
    static final Duration LONGEST_WAIT = Duration.ofSeconds(20);

    private final Semaphore slots;
    private final int mostWaiting;
    private final Duration longestWait;
    private final AtomicInteger waiting = new AtomicInteger();

    public PasswordCheckSlots() {
        this(slotsOnThisMachine(), LONGEST_WAIT);
    }

    /** Half the processors, at least one. */
    public static int slotsOnThisMachine() {
        return Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    }

    PasswordCheckSlots(int slots, Duration longestWait) {
        this.slots = new Semaphore(slots, true);
        this.mostWaiting = slots * WAITING_PER_SLOT;
        this.longestWait = longestWait;
    }

    /**
     * A slot, once free within the longest wait; empty when too many logins already wait or none came free. The slot
     * must be closed (try-with-resources) when the check is done.
     */
    public Optional<Slot> take() {
        if (slots.tryAcquire()) {
            return Optional.of(new Slot());
        }
        if (waiting.incrementAndGet() > mostWaiting) {
            waiting.decrementAndGet();
            return Optional.empty();
        }
        try {
            return slots.tryAcquire(longestWait.toNanos(), TimeUnit.NANOSECONDS) ? Optional.of(new Slot()) : Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            waiting.decrementAndGet();
        }
    }

    /** Slots free now. */
    int availableNow() {
        return slots.availablePermits();
    }

    /** Logins waiting for a slot now. */
    int waiting() {
        return waiting.get();
    }

    /** A taken slot; closing it gives it back, once. */
    public final class Slot implements AutoCloseable {

        private boolean open = true;

        private Slot() {
        }

        @Override
        public void close() {
            if (open) {
                open = false;
                slots.release();
            }
        }
    }
}
