package org.evidencedesk.identity;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The logins whose password is checked at once. A check is 210,000 rounds of PBKDF2 ({@link PasswordHasher}),
 * about 0.18 s of one core by design, and anyone may ask for one. The processor shares its time among the threads
 * that want it, so a hundred logins at once (a flood from many addresses that each stay under their rate limit)
 * would take nearly all of it, and every page of every logged-in user would wait behind them. Here at most one
 * check per core runs at once, and pages keep the share of their own threads; a few logins more wait their turn, in
 * order, for up to ten seconds; a login beyond those, or one that waited that long, is asked to come back, because
 * a request thread held waiting is one that no page can use.
 */
@ApplicationScoped
public class PasswordCheckSlots {

    /** What a refused login is told to wait, in seconds. */
    public static final int RETRY_AFTER_SECONDS = 5;
    /** Logins that may wait, per slot: on an idle server the last of them waits about 1.5 s. */
    static final int WAITING_PER_SLOT = 8;
    static final Duration LONGEST_WAIT = Duration.ofSeconds(10);

    private final Semaphore slots;
    private final int mostWaiting;
    private final Duration longestWait;
    private final AtomicInteger waiting = new AtomicInteger();

    public PasswordCheckSlots() {
        this(Runtime.getRuntime().availableProcessors(), LONGEST_WAIT);
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
