package org.evidencedesk.evidence;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.evidencedesk.shared.Sm3;

/**
 * SM3 of one copy, computed on a thread of its own over the buffers the copying thread has filled. The copying
 * thread {@linkplain #hand hands} each filled buffer over and takes its next one from {@link #freeBuffer()}; at
 * most {@link #BUFFERS} buffers exist, so when SM3 falls behind the copy waits for it instead of queueing more.
 *
 * <p>A failure here is thrown to the copying thread at its next hand-off or at {@link #result()}, which aborts the
 * copy (the blob store then deletes the partial file); {@link #close()} after a failure of the copy ends the thread.
 */
final class Sm3Worker implements AutoCloseable {

    /** Buffers in circulation: one being filled, one being hashed, one ready, so neither side waits in the steady state. */
    static final int BUFFERS = 3;

    private static final Chunk END = new Chunk(null, 0);

    private record Chunk(byte[] buffer, int length) {
    }

    private final BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(BUFFERS);

    /** One more place than buffers, so that {@link #END} always fits. */
    private final BlockingQueue<Chunk> filled = new ArrayBlockingQueue<>(BUFFERS + 1);

    private final Thread thread;

    private int created;

    /** Written by the worker, read by the copying thread after it has seen the worker end (join) or fail. */
    private volatile Throwable failure;

    private byte[] digest;

    private final Sm3Lanes lanes;

    /** Starts the thread, which hashes each buffer in one of {@code lanes}; the caller's first buffer counts as one of the {@link #BUFFERS}. */
    Sm3Worker(Sm3Lanes lanes) {
        this.lanes = lanes;
        created = 1;
        thread = new Thread(this::run, "sm3-digest");
        thread.setDaemon(true);
        thread.start();
    }

    /** A buffer to fill next: a new one while fewer than {@link #BUFFERS} exist, else one SM3 has finished with. */
    byte[] freeBuffer() throws IOException {
        byte[] buffer = free.poll();
        if (buffer != null) {
            return buffer;
        }
        if (created < BUFFERS) {
            created++;
            return new byte[DigestingCopy.BUFFER_SIZE];
        }
        try {
            while ((buffer = free.poll(100, TimeUnit.MILLISECONDS)) == null) {
                if (!thread.isAlive()) {
                    throw failed();
                }
            }
            return buffer;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while waiting for SM3");
        }
    }

    /** A buffer that was not filled (the content ended), back into circulation. */
    void giveBack(byte[] buffer) {
        free.offer(buffer);
    }

    /** Passes the first {@code length} bytes of {@code buffer} to SM3; the caller must not touch it until it comes back. */
    void hand(byte[] buffer, int length) throws IOException {
        if (failure != null) {
            throw failed();
        }
        put(new Chunk(buffer, length));
    }

    /** Waits for SM3 to finish what it was handed and returns the digest. */
    byte[] result() throws IOException {
        put(END);
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while waiting for SM3");
        }
        if (failure != null) {
            throw failed();
        }
        return digest;
    }

    /** Ends the thread without waiting for its digest (after a failure of the copy); harmless after {@link #result()}. */
    @Override
    public void close() {
        thread.interrupt();
    }

    private void put(Chunk chunk) throws InterruptedIOException {
        try {
            filled.put(chunk);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while handing a buffer to SM3");
        }
    }

    private IOException failed() {
        Throwable cause = failure;
        if (cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IOException("SM3 did not finish", cause);
    }

    private void run() {
        Sm3 sm3 = new Sm3();
        try {
            for (Chunk chunk = filled.take(); chunk != END; chunk = filled.take()) {
                if (failure == null) {
                    try {
                        lanes.update(sm3, chunk.buffer(), chunk.length());
                    } catch (InterruptedIOException | RuntimeException | Error e) {
                        // Keep returning buffers so the copying thread is never stuck; it sees the failure at its next hand-off.
                        failure = e;
                    }
                }
                free.offer(chunk.buffer());
            }
            if (failure == null) {
                digest = sm3.digest();
            }
        } catch (InterruptedException e) {
            failure = e;
        }
    }
}
