package org.evidencedesk.evidence;

import java.io.IOException;
import java.io.InputStream;

/**
 * Pseudo-random content of any length, made as it is read: tests can stream gigabytes without holding them,
 * count how much a reader took, and cut the stream off like a client that went away.
 */
final class GeneratedStream extends InputStream {

    private final long length;
    private final long failAt;
    private long delivered;
    private long state;

    private GeneratedStream(long length, long failAt, long seed) {
        this.length = length;
        this.failAt = failAt;
        this.state = seed | 1;
    }

    static GeneratedStream of(long length) {
        return new GeneratedStream(length, Long.MAX_VALUE, 0x9E3779B97F4A7C15L);
    }

    static GeneratedStream of(long length, long seed) {
        return new GeneratedStream(length, Long.MAX_VALUE, seed);
    }

    /** A stream of {@code length} bytes whose reader fails with an IOException after {@code failAt} bytes. */
    static GeneratedStream cutOffAfter(long failAt, long length) {
        return new GeneratedStream(length, failAt, 42);
    }

    /** How many bytes readers have taken so far. */
    long delivered() {
        return delivered;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] target, int offset, int count) throws IOException {
        if (delivered >= failAt) {
            throw new IOException("Connection reset by peer (simulated)");
        }
        if (delivered >= length) {
            return -1;
        }
        int n = (int) Math.min(count, Math.min(length, failAt) - delivered);
        for (int i = 0; i < n; i++) {
            // xorshift64: cheap, and never a run of zeros a file system could store sparsely.
            state ^= state << 13;
            state ^= state >>> 7;
            state ^= state << 17;
            target[offset + i] = (byte) state;
        }
        delivered += n;
        return n;
    }
}
