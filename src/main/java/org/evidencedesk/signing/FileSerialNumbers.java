package org.evidencedesk.signing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import org.evidencedesk.shared.config.ConfigurationException;

/**
 * Serial numbers kept in one small file (e.g. {@code data/keys/tsa-serial}) holding the last one issued,
 * replaced atomically and fsynced before each serial is handed out. One process per file.
 */
public final class FileSerialNumbers implements SerialNumbers {

    /**
     * The first serial is the time in milliseconds times this, not 1: if the file is ever lost while the
     * key survives, new serials still start above every old one unless the old ones came faster than
     * this many per millisecond on average.
     */
    static final long SERIALS_PER_MILLISECOND = 1000;

    private final Path file;
    private final Clock clock;
    private BigInteger last; // guarded by this; null until the first serial

    public FileSerialNumbers(Path file, Clock clock) {
        this.file = file;
        this.clock = clock;
        this.last = read(file);
    }

    @Override
    public synchronized BigInteger next() {
        BigInteger next = last == null
                ? BigInteger.valueOf(Math.max(1, clock.millis())).multiply(BigInteger.valueOf(SERIALS_PER_MILLISECOND))
                : last.add(BigInteger.ONE);
        try {
            OwnerOnlyFiles.replace(file, next.toString().getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot record time-stamp serial " + next + " in " + file, e);
        }
        last = next;
        return next;
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
