package org.evidencedesk.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sweep of the servlet container's spool: only its own stale upload parts go, nothing else that lies there. */
class UploadDebrisTest {

    @TempDir
    Path spool;

    @Test
    void onlyUploadPartsUntouchedSinceTheCutoffAreRemovedFromTheContainersSpool() throws IOException {
        Instant cutoff = Instant.now().minus(Duration.ofMinutes(10));
        Path stale = old(Files.write(spool.resolve("upload__450eb848_1a22acd5418__8000_00000006.tmp"), new byte[100]));
        Path inProgress = Files.write(spool.resolve("upload__450eb848_1a22acd5418__8000_00000114.tmp"), new byte[100]);
        Path compiledPage = old(Files.write(spool.resolve("login_xhtml.class"), new byte[10]));
        Path someoneElses = old(Files.write(spool.resolve("notes.tmp"), new byte[10]));

        assertThat(UploadDebris.sweepContainerParts(spool, cutoff)).isEqualTo(1);

        try (Stream<Path> left = Files.list(spool)) {
            assertThat(left.toList()).containsExactlyInAnyOrder(inProgress, compiledPage, someoneElses).doesNotContain(stale);
        }
        assertThat(UploadDebris.sweepContainerParts(spool.resolve("missing"), cutoff)).isZero();
    }

    private static Path old(Path file) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
        return file;
    }
}
