package org.evidencedesk.shared;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/** The clean-up of temporary files that nothing writes any more: the store's, the container's and the exports'. */
public final class StaleFiles {

    private StaleFiles() {
    }

    /**
     * Removes the files directly in {@code directory} whose names match {@code glob} and that were last written before
     * {@code cutoff}, and returns how many; folders stay. A file removed meanwhile by someone else is not counted.
     */
    public static int removeWrittenBefore(Path directory, String glob, Instant cutoff) throws IOException {
        int removed = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, glob)) {
            for (Path file : files) {
                if (Files.isRegularFile(file) && Files.getLastModifiedTime(file).toInstant().isBefore(cutoff)
                        && Files.deleteIfExists(file)) {
                    removed++;
                }
            }
        }
        return removed;
    }
}
