package org.evidencedesk.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * Copies a stream once, computing its SHA-256 and SM3 on the way, so that an upload is hashed while it is
 * written and never read a second time. Memory is a few fixed buffers whatever the size of the content.
 *
 * <p>Past the first buffer each digest runs on a thread of its own ({@link HashingThreads}) while this one reads and
 * writes: on two cores the copy then takes about as long as SM3 alone (about four times SHA-256 per byte) instead of
 * the sum of everything. Those threads run at the lowest priority, so that uploads leave the processor to the
 * pages people are waiting for. The hand-off is bounded ({@link HashingThreads#BUFFERS} buffers circulate, each
 * filled once and reused), so memory stays flat. Past the first buffer each buffer's SM3 takes one of the
 * {@link Sm3Lanes} it is given, so that many copies at once leave the processor room for everything else.
 *
 * <p>An empty stream is copied and reported with size 0: refusing it is the caller's decision (the blob store
 * refuses it; an integrity sweep has no reason to). Instances are immutable and may be shared between threads.
 */
public final class DigestingCopy {

    /** Large enough that per-call costs (system calls, digest updates, hand-offs) vanish; small enough to allocate per upload. */
    static final int BUFFER_SIZE = 1 << 20;

    private static final WritableByteChannel DISCARD = new WritableByteChannel() {
        @Override
        public int write(ByteBuffer source) {
            int length = source.remaining();
            source.position(source.limit());
            return length;
        }

        @Override
        public boolean isOpen() {
            return true;
        }

        @Override
        public void close() {
        }
    };

    private final long limit;
    private final Sm3Lanes lanes;

    /** @param limit the most bytes the content may have; one more and the copy stops. */
    public DigestingCopy(long limit) {
        this(limit, Sm3Lanes.UNBOUNDED);
    }

    /**
     * @param limit the most bytes the content may have; one more and the copy stops.
     * @param lanes where its SM3 waits its turn beside other copies' (see {@link Sm3Lanes})
     */
    public DigestingCopy(long limit, Sm3Lanes lanes) {
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        this.limit = limit;
        this.lanes = Objects.requireNonNull(lanes, "lanes");
    }

    /** A copy without a practical limit, for content already accepted (re-hashing stored blobs). */
    public static DigestingCopy unlimited() {
        return unlimited(Sm3Lanes.UNBOUNDED);
    }

    /** The same, its SM3 in {@code lanes}. */
    public static DigestingCopy unlimited(Sm3Lanes lanes) {
        return new DigestingCopy(Long.MAX_VALUE, lanes);
    }

    /**
     * Reads {@code in} to its end and writes every byte to {@code out}. Neither is closed.
     *
     * @throws UploadTooLargeException when the content is longer than the limit; at most limit + 1 bytes have
     *         then been read, and what was written to {@code out} is incomplete
     */
    public ContentDigest copy(InputStream in, WritableByteChannel out) throws IOException {
        byte[] first = new byte[BUFFER_SIZE];
        int read = readChunk(in, first, 0);
        write(out, first, read);
        if (read < first.length) {
            // All of it in one buffer (most uploads): a few milliseconds of hashing here, at the request's priority and
            // without a lane, which a low-priority thread of a large upload may hold while busy pages leave it no processor.
            return finish(List.of(hashedHere(Hashing.sha256(), first, read), hashedHere(Hashing.sm3(Sm3Lanes.UNBOUNDED), first, read)), read);
        }
        try (HashingThreads hashing = new HashingThreads(List.of(Hashing.sha256(), Hashing.sm3(lanes)))) {
            hashing.hand(first, read);
            long total = read;
            while (true) {
                byte[] buffer = hashing.freeBuffer();
                read = readChunk(in, buffer, total);
                if (read == 0) {
                    hashing.giveBack(buffer);
                    break;
                }
                total += read;
                write(out, buffer, read);
                hashing.hand(buffer, read);
            }
            return finish(hashing.digests(), total);
        }
    }

    private static byte[] hashedHere(Hashing hashing, byte[] buffer, int length) throws IOException {
        hashing.update(buffer, length);
        return hashing.digest();
    }

    /**
     * Fills {@code buffer} from {@code in}; fewer bytes only at the end. Asks for one byte past the limit, never more: that byte
     * proves the content too long without draining the rest of a huge or endless stream. readNBytes fills the
     * buffer even when the source hands out small chunks (a servlet's 8 KiB reads), so digests and the channel see
     * few, large calls.
     */
    private int readChunk(InputStream in, byte[] buffer, long before) throws IOException {
        long allowed = limit - before;
        int wanted = allowed >= buffer.length ? buffer.length : (int) allowed + 1;
        int read = 0;
        // readNBytes may stop short of what was asked (ByteArrayInputStream's does), so the end is a read of 0.
        for (int got = 1; got > 0 && read < wanted; read += got) {
            got = in.readNBytes(buffer, read, wanted - read);
        }
        if (before + read > limit) {
            throw new UploadTooLargeException(limit);
        }
        return read;
    }

    private static void write(WritableByteChannel out, byte[] buffer, int length) throws IOException {
        ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, length);
        while (chunk.hasRemaining()) {
            out.write(chunk);
        }
    }

    /** @param digests SHA-256's, then SM3's */
    private static ContentDigest finish(List<byte[]> digests, long size) {
        HexFormat hex = HexFormat.of();
        return new ContentDigest(hex.formatHex(digests.get(0)), hex.formatHex(digests.get(1)), size);
    }

    /** Reads {@code in} to its end and returns its digest; {@code in} is not closed. */
    public ContentDigest digest(InputStream in) throws IOException {
        return copy(in, DISCARD);
    }

}
