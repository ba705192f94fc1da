package org.evidencedesk.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.evidencedesk.shared.Sha256;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A custody log spooled to a file as it is written reads, hashes and counts exactly as the same log held in memory. */
class CustodyLogFileTest {

    private static final String LOG = "{\"at\":\"1\",\"details\":{\"exhibit\":\"P-001\"},\"hash\":\"a\"}\n"
            + "{\"at\":\"2\",\"hash\":\"b\"}\n"
            + "{\"at\":\"3\",\"details\":{\"名\":\"证据\"},\"hash\":\"c\"}\n"
            + "{\"at\":\"4\",\"hash\":\"d\"}\n";

    @TempDir
    Path temp;

    @Test
    void aSpooledLogIsTheLogInMemoryByteForByte() throws IOException {
        Path file = temp.resolve("log.jsonl");
        // Written in pieces that split lines and a multi-byte character's neighbours, as a writer may.
        CustodyLogFile spooled = CustodyLogFile.spool(file, out -> {
            for (int i = 0; i < LOG.length(); i += 7) {
                out.write(LOG, i, Math.min(7, LOG.length() - i));
            }
        });
        CustodyLogFile inMemory = CustodyLogFile.of(LOG);
        byte[] bytes = LOG.getBytes(StandardCharsets.UTF_8);

        for (CustodyLogFile log : new CustodyLogFile[] {spooled, inMemory}) {
            assertThat(log.length()).isEqualTo(bytes.length);
            assertThat(log.sha256()).isEqualTo(Sha256.of(bytes));
            assertThat(log.lastLineRevealingDetails()).isEqualTo(3);
            try (InputStream in = log.open()) {
                assertThat(in.readAllBytes()).isEqualTo(bytes);
            }
        }
        assertThat(inMemory.text()).isEqualTo(LOG);
        assertThatThrownBy(spooled::text).isInstanceOf(IllegalStateException.class);
        spooled.delete();
        assertThat(file).doesNotExist();
    }

    @Test
    void aLogWithoutRevealedDetailsNamesNoLineAndAFailedSpoolLeavesNoFile() {
        assertThat(CustodyLogFile.of("{\"at\":\"1\",\"hash\":\"a\"}\n").lastLineRevealingDetails()).isZero();
        Path file = temp.resolve("broken.jsonl");
        assertThatThrownBy(() -> CustodyLogFile.spool(file, out -> {
            out.write("{\"at\":\"1\"");
            throw new IOException("the database went away");
        })).hasMessage("the database went away");
        assertThat(file).doesNotExist();
    }

    /** However the writer hands the text over (strings, single characters, arrays), the same line is found. */
    @Test
    void theLastRevealingLineIsFoundWhateverPiecesTheTextComesIn() throws IOException {
        CustodyLogFile.Lines[] writers = {
            out -> {
                for (char character : LOG.toCharArray()) {
                    out.write(character);
                }
            },
            out -> {
                char[] chars = LOG.toCharArray();
                for (int i = 0; i < chars.length; i += 5) {
                    out.write(chars, i, Math.min(5, chars.length - i));
                }
            },
            out -> out.write(LOG + "{\"at\":\"5\",\"details\":{\"unfinished\"")};
        for (int i = 0; i < writers.length; i++) {
            Path file = temp.resolve("log-" + i + ".jsonl");
            CustodyLogFile spooled = CustodyLogFile.spool(file, writers[i]);
            assertThat(spooled.lastLineRevealingDetails()).as("writer %d; an unfinished last line counts for nothing", i)
                    .isEqualTo(3);
            spooled.delete();
        }
    }
}
