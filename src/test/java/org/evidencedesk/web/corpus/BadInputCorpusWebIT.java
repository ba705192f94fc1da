package org.evidencedesk.web.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import java.util.stream.Stream;
import org.evidencedesk.support.SharedServer;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The bad-input corpus: every hostile input a public or logged-in user can send, each with its expected
 * outcome beside it, sent over HTTP to the shared server. Each must get a clear refusal, never a 500, and
 * change nothing. Around the whole corpus: the server still answers {@code /health} UP, its heap after a
 * full collection is back near where it started, and no evidence or custody row was added.
 */
@ExtendWith(SharedServer.class)
class BadInputCorpusWebIT {

    /** Each section owns one kind of input; add a section here. */
    private static final List<CorpusSection> SECTIONS = List.of(
            new IdCorpus(), new RequestBodyCorpus(), new FileNameCorpus(), new PageTextCorpus(),
            new VerifierCorpus(),
            new TimestampCorpus()
    );

    /** Room for the sessions and cached pages the corpus's logins leave: far below any body it sent. */
    private static final long HEAP_SLACK = 96L * 1024 * 1024;

    @TestFactory
    Stream<DynamicNode> everyBadInputIsRefusedClearly() throws Exception {
        Baseline before = Baseline.now();
        Stream<DynamicNode> sections = SECTIONS.stream().map(section -> DynamicContainer.dynamicContainer(section.title(),
                section.inputs().stream().map(input -> DynamicTest.dynamicTest(
                        input.name() + " → " + input.expected(), input.probe()::send))));
        return Stream.concat(sections, Stream.of(DynamicTest.dynamicTest(
                "after the whole corpus → /health UP, heap back near its start, no evidence or custody row added",
                () -> assertServerAsBefore(before))));
    }

    private static void assertServerAsBefore(Baseline before) throws Exception {
        HttpResponse<String> health = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(SharedServer.baseUrl() + "health")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("UP");
        Baseline after = Baseline.now();
        assertThat(after.evidenceRows()).as("evidence rows").isEqualTo(before.evidenceRows());
        assertThat(after.custodyRows()).as("custody rows").isEqualTo(before.custodyRows());
        assertThat(after.heapBytes()).as("heap after a full GC (before: %d MiB)", before.heapBytes() >> 20)
                .isLessThan(before.heapBytes() + HEAP_SLACK);
    }

    private record Baseline(long heapBytes, long evidenceRows, long custodyRows) {

        static Baseline now() throws Exception {
            return new Baseline(SharedServer.heapUsedAfterFullGc(), count("evidence_item"), count("custody_entry"));
        }

        private static long count(String table) throws Exception {
            try (Connection database = SharedServer.openDatabase();
                 ResultSet rows = database.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
