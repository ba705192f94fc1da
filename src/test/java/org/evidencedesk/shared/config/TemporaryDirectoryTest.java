package org.evidencedesk.shared.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemporaryDirectoryTest {

    private static final Instant START = Instant.parse("2026-12-05T04:00:00Z");

    @TempDir
    Path directory;

    @Test
    void newFilesLieInTheDataDirectoryAndOnlyTheServersUserMayOpenThem() throws Exception {
        TemporaryDirectory temporary = inData();

        Path file = temporary.newFile("bundle-parts-7-", ".bin");

        assertThat(file.getParent()).isEqualTo(directory.resolve("data/tmp"));
        assertThat(file.getFileName().toString()).startsWith("bundle-parts-7-").endsWith(".bin");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void aStartRemovesWhatAnEarlierRunLeftAndNothingNewer() throws Exception {
        TemporaryDirectory temporary = inData();
        Path left = temporary.newFile("bundle-parts-7-", ".bin");
        Files.setLastModifiedTime(left, FileTime.from(START.minusSeconds(1)));
        Path current = temporary.newFile("custody-log-7-", ".jsonl");
        Files.setLastModifiedTime(current, FileTime.from(START.plusSeconds(1)));

        assertThat(temporary.clearLeftovers()).isEqualTo(1);

        assertThat(left).doesNotExist();
        assertThat(current).exists();
    }

    /** The installation's temporary directory in a data directory of its own, the server started at {@link #START}. */
    private TemporaryDirectory inData() {
        Settings settings = new Settings(Map.of(Setting.DATA_DIR, directory.resolve("data").toString()));
        return new TemporaryDirectory(settings, Clock.fixed(START, ZoneOffset.UTC));
    }
}
