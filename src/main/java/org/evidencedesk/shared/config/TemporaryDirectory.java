package org.evidencedesk.shared.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import org.evidencedesk.shared.StaleFiles;

/**
 * The installation's own folder for files that live only as long as one request of this server: {@code tmp} in the
 * data directory, which only the server's user may open. A bundle export spools its signed parts and its custody log
 * there while it streams, and PDFBox its scratch files while it draws a page of a PDF. A server killed meanwhile leaves
 * them behind, so every start removes what an earlier run left ({@link #clearLeftovers}). They went to the machine's
 * temporary directory before, where nothing removed them.
 */
@ApplicationScoped
public class TemporaryDirectory {

    static final String NAME = "tmp";

    private Settings settings;
    private Clock clock;

    protected TemporaryDirectory() {
    }

    @Inject
    public TemporaryDirectory(Settings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** A new empty file, {@code prefix}, a random part and {@code suffix}, that only the server's user may open. */
    public Path newFile(String prefix, String suffix) throws IOException {
        return Files.createTempFile(directory(), prefix, suffix);
    }

    /**
     * Called at start-up, before the server takes a request: removes every file an earlier run left (all last written
     * before now, as one server uses one data directory) and returns how many.
     */
    public int clearLeftovers() throws IOException {
        return StaleFiles.removeWrittenBefore(directory(), "*", clock.instant());
    }

    /** The directory itself, made (owner-only) if it is missing. */
    public Path directory() throws IOException {
        Path directory = settings.dataDirectory().resolve(NAME);
        if (!Files.isDirectory(directory)) {
            Files.createDirectories(directory);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
            }
        }
        return directory;
    }
}
