package org.evidencedesk.evidence;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The digests of one copy, each computed on a thread of its own over the buffers the copying thread has filled. The
 * copying thread {@linkplain #hand hands} each filled buffer to every digest and takes its next one from
 * {@link #freeBuffer()}; a buffer is free again once every digest has hashed it. At most {@link #BUFFERS} buffers
 * exist, so when a digest falls behind the copy waits for it instead of queueing more.
 *
 * <p>The threads run at the lowest priority ({@link Thread#MIN_PRIORITY}). Hashing is nearly all the processor an
 * upload costs, and ten counsel uploading at once would otherwise take the court's pages' share of it: the server
 * asks the operating system to run these threads only when nothing more urgent wants the processor (./run maps the
 * lowest Java priority to the lowest Linux one, nice 19; see docs/operations.md). Alone, an upload hashes at full
 * speed. The copying thread, a request's, keeps its own priority: an unprivileged process may lower a thread's
 * priority but never raise it again, and request threads are reused.
 *
 * <p>A failure of a digest is thrown to the copying thread at its next hand-off or at {@link #digests()}, which
 * aborts the copy (the blob store then deletes the partial file); {@link #close()} after a failure of the copy ends
 * the threads.
 */
final class HashingThreads implements AutoCloseable {

    /** Buffers in circulation: one being filled, one being hashed, one ready, so neither side waits in the steady state. */
    static final int BUFFERS = 3;

    private final BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(BUFFERS);

    private final List<Digester> digesters = new ArrayList<>();

    private int created;

    /** Starts one thread per hashing; the caller's first buffer counts as one of the {@link #BUFFERS}. */
    HashingThreads(List<Hashing> hashings) {
        created = 1;
        for (Hashing hashing : hashings) {
            digesters.add(new Digester(hashing, free));
        }
        try {
            digesters.forEach(Digester::start);
        } catch (RuntimeException | Error e) {
            // No thread to be had (many uploads at once): the ones started would otherwise wait for buffers forever.
            close();
            throw e;
        }
    }

    /** A buffer to fill next: a new one while fewer than {@link #BUFFERS} exist, else one every digest has finished with. */
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
                for (Digester digester : digesters) {
                    if (!digester.thread.isAlive()) {
                        throw digester.failed();
                    }
                }
            }
            return buffer;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while waiting for the digests");
        }
    }

    /** A buffer that was not filled (the content ended), back into circulation. */
    void giveBack(byte[] buffer) {
        free.offer(buffer);
    }

    /** Passes the first {@code length} bytes of {@code buffer} to every digest; the caller must not touch it until it comes back. */
    void hand(byte[] buffer, int length) throws IOException {
        for (Digester digester : digesters) {
            if (digester.failure != null) {
                throw digester.failed();
            }
        }
        Chunk chunk = new Chunk(buffer, length, new AtomicInteger(digesters.size()));
        for (Digester digester : digesters) {
            digester.put(chunk);
        }
    }

    /** Waits for every digest to finish what it was handed; the digests, in the order of the hashings. */
    List<byte[]> digests() throws IOException {
        for (Digester digester : digesters) {
            digester.put(Chunk.END);
        }
        List<byte[]> digests = new ArrayList<>();
        for (Digester digester : digesters) {
            digests.add(digester.result());
        }
        return digests;
    }

    /** Ends the threads without waiting for their digests (after a failure of the copy); harmless after {@link #digests()}. */
    @Override
    public void close() {
        digesters.forEach(digester -> digester.thread.interrupt());
    }

    /** A filled buffer and how many digests have yet to hash it; the last to finish puts it back into circulation. */
    private record Chunk(byte[] buffer, int length, AtomicInteger unhashed) {

        static final Chunk END = new Chunk(null, 0, new AtomicInteger());

        void hashed(BlockingQueue<byte[]> free) {
            if (unhashed.decrementAndGet() == 0) {
                free.offer(buffer);
            }
        }
    }

    /** One digest and its thread. */
    private static final class Digester {

        /** One more place than buffers, so that {@link Chunk#END} always fits. */
        private final BlockingQueue<Chunk> filled = new ArrayBlockingQueue<>(BUFFERS + 1);

        private final Hashing hashing;
        private final BlockingQueue<byte[]> free;
        private final Thread thread;

        /** Written by the thread, read by the copying thread after it has seen the thread end (join) or fail. */
        private volatile Throwable failure;

        private byte[] digest;

        Digester(Hashing hashing, BlockingQueue<byte[]> free) {
            this.hashing = hashing;
            this.free = free;
            thread = new Thread(this::run, hashing.name() + "-digest");
            thread.setDaemon(true);
            thread.setPriority(Thread.MIN_PRIORITY);
        }

        void start() {
            thread.start();
        }

        void put(Chunk chunk) throws InterruptedIOException {
            try {
                filled.put(chunk);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("Interrupted while handing a buffer to " + thread.getName());
            }
        }

        byte[] result() throws IOException {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("Interrupted while waiting for " + thread.getName());
            }
            if (failure != null) {
                throw failed();
            }
            return digest;
        }

        IOException failed() {
            Throwable cause = failure;
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            return new IOException(thread.getName() + " did not finish", cause);
        }

        private void run() {
            try {
                for (Chunk chunk = filled.take(); chunk != Chunk.END; chunk = filled.take()) {
                    if (failure == null) {
                        try {
                            hashing.update(chunk.buffer(), chunk.length());
                        } catch (InterruptedIOException | RuntimeException | Error e) {
                            // Keep returning buffers so the copying thread is never stuck; it sees the failure at its next hand-off.
                            failure = e;
                        }
                    }
                    chunk.hashed(free);
                }
                if (failure == null) {
                    digest = hashing.digest();
                }
            } catch (InterruptedException | RuntimeException | Error e) {
                failure = e;
            }
        }
    }
}
