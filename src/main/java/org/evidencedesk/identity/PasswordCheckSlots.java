package org.evidencedesk.identity;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.evidencedesk.shared.config.Settings;

/**
 * The logins whose password is checked at once. A check is 210,000 rounds of PBKDF2 ({@link PasswordHasher}),
 * about 0.18 s of one core by design, and anyone may ask for one; the rate limit and the throttle count per address,
 * so a flood from many addresses would run a check for every request and take every core from the pages. At most
 * {@code evidencedesk.login.checks} passwords are checked at once (half the processors by default, at least one), so
 * that the other half stays for the pages, the API and the time-stamping authority. Other logins wait their turn in order, a bounded number of them for a bounded
 * time; a login beyond those is asked to come back, because a request thread held waiting is one no page can use.
 */
@ApplicationScoped
public class PasswordCheckSlots {

    /** What a refused login is told to wait, in seconds. */
    public static final int RETRY_AFTER_SECONDS = 5;
    static final Duration LONGEST_WAIT = Duration.ofSeconds(20);

    @Inject
    private Settings settings;

    private Semaphore slots;
    /**
     * Logins that may wait at once in all ({@code evidencedesk.login.waiting}, 32 by default, whatever the processors):
     * a burst of logins on a busy server fits (a court's morning, bench/load's 60 logins in 30 s), and they hold a
     * small part of the container's 200 request threads.
     */
    private int mostWaiting;
    private Duration longestWait;
    private final AtomicInteger waiting = new AtomicInteger();

    /** For CDI, which then sizes the slots from the settings. */
    public PasswordCheckSlots() {
    }

    PasswordCheckSlots(int slots, int mostWaiting, Duration longestWait) {
        size(slots, mostWaiting, longestWait);
    }

    /** {@code evidencedesk.login.checks} slots (half the processors by default) and {@code evidencedesk.login.waiting} places. */
    @PostConstruct
    void sizeFromSettings() {
        size(settings.loginChecks(), settings.loginWaiting(), LONGEST_WAIT);
    }

    private void size(int slots, int mostWaiting, Duration longestWait) {
        this.slots = new Semaphore(slots, true);
        this.mostWaiting = mostWaiting;
        this.longestWait = longestWait;
    }

    /**
     * A slot, once free within the longest wait and after the logins that were already waiting; empty when as many as
     * may wait already do, or none came free in time. The slot must be closed (try-with-resources) when the check is
     * done.
     */
    public Optional<Slot> take() {
        if (waiting.getAndUpdate(count -> count < mostWaiting ? count + 1 : count) >= mostWaiting) {
            return Optional.empty();
        }
        try {
            // The timed form, even for no wait at all, keeps the order: the untimed tryAcquire() would take a permit
            // just given back ahead of the logins waiting for it.
            return slots.tryAcquire(longestWait.toNanos(), TimeUnit.NANOSECONDS) ? Optional.of(new Slot()) : Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            waiting.decrementAndGet();
        }
    }

    /**
     * Whether a login arriving now would be refused: no slot free and as many waiting as may. Asked before a login's
     * form is read ({@code LoginGate}), so that in a flood the refusals cost next to nothing; a login let past may
     * still be refused by {@link #take()}, the one that counts.
     */
    public boolean isFull() {
        return slots.availablePermits() == 0 && waiting.get() >= mostWaiting;
    }

    /** Slots free now. */
    int availableNow() {
        return slots.availablePermits();
    }

    /** Logins waiting for a slot now (or about to take a free one). */
    int waiting() {
        return waiting.get();
    }

    /** A taken slot; closing it gives it back, once. */
    public final class Slot implements AutoCloseable {

        private final AtomicBoolean open = new AtomicBoolean(true);

        private Slot() {
        }

        @Override
        public void close() {
            if (open.compareAndSet(true, false)) {
                slots.release();
            }
        }
    }
}
