package org.evidencedesk.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.evidencedesk.shared.Sha256;

/**
 * Copies a stream once, computing its SHA-256 and SM3 on the way, so that an upload is hashed while it is
 * written and never read a second time. Memory is one fixed buffer whatever the size of the content.
 *
 * <p>An empty stream is copied and reported with size 0: refusing it is the caller's decision (the blob store
 * refuses it; an integrity sweep has no reason to). Instances are immutable and may be shared between threads.
 */
public final class DigestingCopy {

    /** Large enough that per-call costs (system calls, digest updates) vanish; small enough to allocate per upload. */
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

    /** @param limit the most bytes the content may have; one more and the copy stops. */
    public DigestingCopy(long limit) {
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        this.limit = limit;
    }

    /** A copy without a practical limit, for content already accepted (re-hashing stored blobs). */
    public static DigestingCopy unlimited() {
        return new DigestingCopy(Long.MAX_VALUE);
    }

    /**
     * Reads {@code in} to its end and writes every byte to {@code out}. Neither is closed.
     *
     * @throws UploadTooLargeException when the content is longer than the limit; at most limit + 1 bytes have
     *         then been read, and what was written to {@code out} is incomplete
     */
    public ContentDigest copy(InputStream in, WritableByteChannel out) throws IOException {
        byte[] buffer = new byte[BUFFER_SIZE];
        MessageDigest sha256 = Sha256.newDigest();
        SM3Digest sm3 = new SM3Digest();
        long total = 0;
        while (true) {
            // Ask for one byte past the limit, never more: that byte proves the content too long without
            // draining the rest of a huge or endless stream.
            long allowed = limit - total;
            int wanted = allowed >= buffer.length ? buffer.length : (int) allowed + 1;
            // readNBytes fills the buffer even when the source hands out small chunks (a servlet's 8 KiB reads),
            // so digests and the channel see few, large calls.
            int read = in.readNBytes(buffer, 0, wanted);
            if (read == 0) {
                break;
            }
            total += read;
            if (total > limit) {
                throw new UploadTooLargeException(limit);
            }
            sha256.update(buffer, 0, read);
            sm3.update(buffer, 0, read);
            ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, read);
            while (chunk.hasRemaining()) {
                out.write(chunk);
            }
        }
        byte[] sm3Value = new byte[sm3.getDigestSize()];
        sm3.doFinal(sm3Value, 0);
        HexFormat hex = HexFormat.of();
        return new ContentDigest(hex.formatHex(sha256.digest()), hex.formatHex(sm3Value), total);
    }

    /** Reads {@code in} to its end and returns its digest; {@code in} is not closed. */
    public ContentDigest digest(InputStream in) throws IOException {
        return copy(in, DISCARD);
    }

}
