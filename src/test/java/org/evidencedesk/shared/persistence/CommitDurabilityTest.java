package org.evidencedesk.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What H2 2.3 does with committed transactions when its process is killed (SIGKILL, as the OOM killer or a crash
 * stops a server), in a process of its own: with its default write delay the last commits before the kill are gone
 * although each had returned; set as {@link CommitDurability} sets it, every commit that returned is there.
 */
class CommitDurabilityTest {

    private static final int COMMITS_BEFORE_THE_KILL = 3000;

    @TempDir
    Path directory;

    @Test
    void withTheDefaultWriteDelayAKilledH2LosesCommitsThatHadReturned() throws Exception {
        long lastReturned = commitUntilKilled(false);

        assertThat(rowsAfterRestart()).as("rows after the kill, of %d commits that returned", lastReturned)
                .isLessThan(lastReturned);
    }

    @Test
    void writingEveryCommitAtOnceAKilledH2KeepsEveryCommitThatReturned() throws Exception {
        long lastReturned = commitUntilKilled(true);

        assertThat(rowsAfterRestart()).isGreaterThanOrEqualTo(lastReturned);
    }

    /** Starts the writer, kills it right after a commit returned, and answers the id of that commit. */
    private long commitUntilKilled(boolean durable) throws Exception {
        Process writer = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), H2CommitWriter.class.getName(),
                directory.resolve("db").toString(), String.valueOf(durable)))
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        long last = 0;
        try (BufferedReader returned = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.US_ASCII))) {
            for (String line = returned.readLine(); line != null && last < COMMITS_BEFORE_THE_KILL; line = returned.readLine()) {
                last = Long.parseLong(line.strip());
            }
            writer.destroyForcibly();
            writer.waitFor();
        }
        assertThat(last).as("commits made before the kill").isEqualTo(COMMITS_BEFORE_THE_KILL);
        return last;
    }

    /** The rows the restarted database holds; none when the kill took even the table's creation with it. */
    private long rowsAfterRestart() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + directory.resolve("db"), "sa", "");
             Statement statement = connection.createStatement()) {
            try (ResultSet tables = statement.executeQuery(
                    "select count(*) from information_schema.tables where table_name = 'RECEIPT'")) {
                tables.next();
                if (tables.getLong(1) == 0) {
                    return 0;
                }
            }
            try (ResultSet count = statement.executeQuery("select count(*) from receipt")) {
                count.next();
                return count.getLong(1);
            }
        }
    }
}
