package org.evidencedesk.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaleFilesTest {

    private static final Instant CUTOFF = Instant.parse("2026-12-05T04:00:00Z");

    @TempDir
    Path directory;

    @Test
    void filesWrittenBeforeTheCutoffGoAndLaterOnesStay() throws Exception {
        Path old = writtenAt("bundle-parts-7-1.bin", CUTOFF.minusSeconds(3_600));
        Path justBefore = writtenAt("custody-log-7-1.jsonl", CUTOFF.minusMillis(1));
        Path after = writtenAt("bundle-parts-7-2.bin", CUTOFF.plusMillis(1));
        Path folder = Files.createDirectory(directory.resolve("a-folder"));
        Files.setLastModifiedTime(folder, FileTime.from(CUTOFF.minusSeconds(60)));

        assertThat(StaleFiles.removeWrittenBefore(directory, "*", CUTOFF)).isEqualTo(2);

        assertThat(old).doesNotExist();
        assertThat(justBefore).doesNotExist();
        assertThat(after).exists();
        assertThat(folder).as("folders stay").exists();
    }

    @Test
    void onlyNamesMatchingTheGlobGo() throws Exception {
        Path part = writtenAt("upload_1_2.tmp", CUTOFF.minusSeconds(60));
        Path other = writtenAt("someone-elses.tmp", CUTOFF.minusSeconds(60));

        assertThat(StaleFiles.removeWrittenBefore(directory, "upload_*_*.tmp", CUTOFF)).isEqualTo(1);

        assertThat(part).doesNotExist();
        assertThat(other).exists();
    }

    @Test
    void anEmptyDirectoryRemovesNothing() throws Exception {
        assertThat(StaleFiles.removeWrittenBefore(directory, "*", CUTOFF)).isZero();
    }

    private Path writtenAt(String name, Instant time) throws Exception {
        Path file = Files.write(directory.resolve(name), new byte[] {1, 2, 3});
        Files.setLastModifiedTime(file, FileTime.from(time));
        return file;
    }
}
