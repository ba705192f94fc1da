package org.evidencedesk.bundle.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.Semaphore;
import org.evidencedesk.shared.config.Settings;

/**
 * The verifications the public page runs at once. Each holds a bundle on disk and a thread for up to its time
 * budget, for anyone who asks; with a fixed number of slots, a crowd waits its turn instead of taking the server.
 */
@ApplicationScoped
public class VerificationSlots {

    /** What a refused visitor is told to wait, in seconds: about one small bundle's verification. */
    static final int RETRY_AFTER_SECONDS = 30;

    @Inject
    private Settings settings;

    private Semaphore slots;

    @PostConstruct
    void open() {
        slots = new Semaphore(settings.verifierConcurrency());
    }

    /** @return whether a slot was free; one taken must be given back with {@link #release()} */
    boolean tryTake() {
        return slots.tryAcquire();
    }

    void release() {
        slots.release();
    }
}
