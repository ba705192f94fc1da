package org.evidencedesk.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongSupplier;
import org.evidencedesk.shared.config.Settings;

/**
 * The disk that holds the data directory (evidence store, database, logs) and the free space no upload may eat
 * into. Asked before an upload with its announced length, and again while a body of unknown length arrives.
 */
public final class DataDisk {

    private final LongSupplier usableBytes;
    private final long reserveBytes;

    public DataDisk(LongSupplier usableBytes, long reserveBytes) {
        this.usableBytes = usableBytes;
        this.reserveBytes = reserveBytes;
    }

    /** The data directory's disk, as configured. */
    public static DataDisk of(Settings settings) {
        Path directory = settings.dataDirectory();
        return new DataDisk(() -> usableSpace(directory), settings.diskReserveBytes());
    }

    /** Refuses (507) when writing {@code moreBytes} would leave less than the reserve free. */
    public void ensureRoomFor(long moreBytes) throws BodyRefusedException {
        if (usableBytes.getAsLong() - moreBytes < reserveBytes) {
            throw new BodyRefusedException(BodyRefusedException.INSUFFICIENT_STORAGE,
                    "the data disk would fall under its reserve of " + reserveBytes + " bytes");
        }
    }

    private static long usableSpace(Path directory) {
        try {
            return Files.getFileStore(Files.createDirectories(directory)).getUsableSpace();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
