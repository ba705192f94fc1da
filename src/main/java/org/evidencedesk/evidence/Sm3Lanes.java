package org.evidencedesk.evidence;

import java.io.InterruptedIOException;
import java.util.concurrent.Semaphore;
import org.evidencedesk.shared.Sm3;

/**
 * How many buffers of content the server hashes with SM3 at once, whoever they belong to. SM3 is most of what an
 * upload costs the processor (about four times SHA-256); ten counsel uploading at once ran twenty hashing threads on
 * two cores, and the court's pages waited behind them for seconds. Each buffer (a mebibyte: a few milliseconds of
 * SM3) takes a lane and gives it back, first come first served, so a slow sender never holds one while its bytes
 * arrive, and one upload alone runs as fast as it did. Shared by every copy of one blob store. Content of less than
 * one buffer is hashed by its copying thread without a lane: a few milliseconds, which must not queue behind a large
 * upload's lane holder running at the lowest priority ({@link HashingThreads}).
 */
public final class Sm3Lanes {

    /** No limit: for tools and tests that hash on their own. */
    public static final Sm3Lanes UNBOUNDED = new Sm3Lanes(Integer.MAX_VALUE);

    private final Semaphore lanes;

    private Sm3Lanes(int count) {
        lanes = new Semaphore(count, true);
    }

    /** @param count how many buffers may be hashed at once, at least 1 */
    public static Sm3Lanes of(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("At least one SM3 lane is needed: " + count);
        }
        return new Sm3Lanes(count);
    }

    /** Adds {@code length} bytes of {@code buffer} to {@code sm3} in a lane, waiting for one if all are taken. */
    void update(Sm3 sm3, byte[] buffer, int length) throws InterruptedIOException {
        inLane(() -> sm3.update(buffer, 0, length));
    }

    /** Runs {@code hashing} in a lane, waiting for one if all are taken; the lane is given back however it ends. */
    void inLane(Runnable hashing) throws InterruptedIOException {
        try {
            lanes.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while waiting for an SM3 lane");
        }
        try {
            hashing.run();
        } finally {
            lanes.release();
        }
    }

    /** How many hashings wait for a lane now (for tests). */
    int waiting() {
        return lanes.getQueueLength();
    }
}
