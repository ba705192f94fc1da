package org.evidencedesk.bundle;

import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Objects;
import org.evidencedesk.shared.Sha256;

/**
 * Where a bundle's small files wait between its preparation and its stream: each item's time-stamp token, receipt and
 * receipt signature, the manifests, VERIFY.txt and the evidence list. Each is hashed as it is added (the signed
 * manifest needs its SHA-256 before anything streams) and read back only when its turn in the stream comes.
 * <p>
 * At 10,000 items these files are about 80 MB, and held as arrays they stayed on the heap from the selection of the
 * items to the stream's last byte. Spooled, the live heap after the selection (collections forced every 0.2 s) was
 * 176–206 MiB instead of 235–281 MiB (issue 16, docs/benchmarks.md). An export spools them to a file; tests keep them
 * in memory. One thread at a time adds and reads.
 */
public final class PartSpool {

    private static final int BUFFER = 1 << 16;

    /** One file's bytes in a spool: where they are, how long, and their SHA-256. */
    public record Piece(PartSpool spool, long offset, int length, byte[] sha256) {

        public Piece {
            Objects.requireNonNull(spool, "spool");
            sha256 = sha256.clone();
        }

        @Override
        public byte[] sha256() {
            return sha256.clone();
        }

        /** The piece's bytes, read back from its spool. */
        public byte[] read() throws IOException {
            return spool.read(this);
        }
    }

    private final Path file;
    private final FileChannel channel;
    private final ByteBuffer pending;
    private byte[] memory;
    private long length;

    private PartSpool(Path file, FileChannel channel, byte[] memory) {
        this.file = file;
        this.channel = channel;
        this.memory = memory;
        this.pending = channel == null ? null : ByteBuffer.allocate(BUFFER);
    }

    /** A spool held in memory. */
    public static PartSpool inMemory() {
        return new PartSpool(null, null, new byte[BUFFER]);
    }

    /** A spool written to {@code file} (which may exist, and is emptied), removed by {@link #delete}. */
    public static PartSpool toFile(Path file) throws IOException {
        return new PartSpool(file, FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.CREATE), null);
    }

    /** Adds a file's bytes; the array may be reused once this returns. */
    public Piece append(byte[] bytes) throws IOException {
        Piece piece = new Piece(this, length, bytes.length, Sha256.of(bytes));
        if (memory != null) {
            hold(bytes);
        } else {
            write(bytes);
        }
        length += bytes.length;
        return piece;
    }

    private void hold(byte[] bytes) {
        long needed = length + bytes.length;
        if (needed > memory.length) {
            memory = Arrays.copyOf(memory, Math.toIntExact(Math.max(needed, 2L * memory.length)));
        }
        System.arraycopy(bytes, 0, memory, (int) length, bytes.length);
    }

    private void write(byte[] bytes) throws IOException {
        if (bytes.length > pending.remaining()) {
            flush();
        }
        if (bytes.length > pending.capacity()) {
            writeFully(ByteBuffer.wrap(bytes));
        } else {
            pending.put(bytes);
        }
    }

    private void flush() throws IOException {
        pending.flip();
        writeFully(pending);
        pending.clear();
    }

    private void writeFully(ByteBuffer bytes) throws IOException {
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
    }

    private byte[] read(Piece piece) throws IOException {
        if (piece.offset() < 0 || piece.length() < 0 || piece.offset() + piece.length() > length) {
            throw new IllegalArgumentException("the piece at " + piece.offset() + " is not in the spool, which holds " + length + " bytes");
        }
        if (memory != null) {
            return Arrays.copyOfRange(memory, (int) piece.offset(), (int) piece.offset() + piece.length());
        }
        if (pending.position() > 0) {
            flush();
        }
        ByteBuffer bytes = ByteBuffer.allocate(piece.length());
        while (bytes.hasRemaining()) {
            if (channel.read(bytes, piece.offset() + bytes.position()) < 0) {
                throw new EOFException("the bundle's spool " + file + " ends before a piece it holds");
            }
        }
        return bytes.array();
    }

    /** Closes and removes the spool's file, if it has one. */
    public void delete() {
        if (channel != null) {
            try (channel) {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
