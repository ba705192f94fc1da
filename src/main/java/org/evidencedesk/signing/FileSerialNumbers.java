package org.evidencedesk.signing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;
import org.evidencedesk.shared.config.ConfigurationException;

/**
 * Serial numbers kept in one small file (e.g. {@code data/keys/tsa-serial}) holding the highest serial
 * reserved so far. Serials are reserved in blocks: the end of a block is written and fsynced before its
 * first serial is handed out, and the rest of the block then costs no disk write at all. A fsync takes
 * milliseconds, a token well under one, so one fsync per token made the disk the authority's pace. After
 * a crash or restart the unused rest of the block is skipped, never reused: serials stay unique and
 * increasing, with gaps, which RFC 3161 allows. One process per file.
 *
 * <p>Within a block a serial costs one atomic increment and no lock, so any number of threads take serials at
 * once; only the thread that finds its block spent takes the lock, writes the next block's end and fsyncs it,
 * while the others wait for that block rather than skip past it. Each serial is handed out once, and every
 * serial handed out is at most the end the file records: the file is written before the block is published.
 */
public final class FileSerialNumbers implements SerialNumbers {

    /**
     * The first serial is the time in milliseconds times this, not 1: if the file is ever lost while the
     * key survives, new serials still start above every old one unless the old ones (and the blocks that
     * restarts skipped) came faster than this many per millisecond on average.
     */
    static final long SERIALS_PER_MILLISECOND = 1000;

    /** Serials reserved by one write: a restart skips at most this many, a thousand restarts a second's worth. */
    static final int BLOCK = 1000;

    private final Path file;
    private final Clock clock;
    private BigInteger reserved; // guarded by this; the highest serial the file covers, null before the first
    private volatile Block current; // null until the first block; replaced, under this, only once it is spent

    /** A reserved block: its first serial, and how many of its serials have been claimed (claims past BLOCK fail). */
    private record Block(BigInteger first, AtomicLong claimed) {

        /** The next serial of this block, or null when it is spent. */
        BigInteger claim() {
            long index = claimed.getAndIncrement();
            return index < BLOCK ? first.add(BigInteger.valueOf(index)) : null;
        }
    }

    public FileSerialNumbers(Path file, Clock clock) {
        this.file = file;
        this.clock = clock;
        this.reserved = read(file);
    }

    @Override
    public BigInteger next() {
        while (true) {
            Block block = current;
            BigInteger serial = block == null ? null : block.claim();
            if (serial != null) {
                return serial;
            }
            refill(block);
        }
    }

    /** Reserves a new block unless another thread already replaced the spent one ({@code spent}). */
    private synchronized void refill(Block spent) {
        if (current == spent) {
            current = reserveBlock();
        }
    }

    /** Starts a new block above everything the file covers (whatever an earlier process used of it) and records its end. */
    private Block reserveBlock() {
        BigInteger first = reserved == null
                ? BigInteger.valueOf(Math.max(1, clock.millis())).multiply(BigInteger.valueOf(SERIALS_PER_MILLISECOND))
                : reserved.add(BigInteger.ONE);
        BigInteger last = first.add(BigInteger.valueOf(BLOCK - 1L));
        try {
            OwnerOnlyFiles.replace(file, last.toString().getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot reserve time-stamp serials " + first + " to " + last + " in " + file, e);
        }
        reserved = last;
        return new Block(first, new AtomicLong());
    }

    private static BigInteger read(Path file) {
        String content;
        try {
            content = Files.readString(file, StandardCharsets.US_ASCII).strip();
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new ConfigurationException("Cannot read the time-stamp serial file " + file + ": " + e.getMessage(), e);
        }
        try {
            BigInteger last = new BigInteger(content);
            if (last.signum() > 0) {
                return last;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        // Guessing would risk issuing a serial twice, which RFC 3161 forbids; an operator must decide.
        throw new ConfigurationException("The time-stamp serial file " + file + " is damaged; restore it, or write in it"
                + " a number above the highest serial this authority has issued");
    }
}
