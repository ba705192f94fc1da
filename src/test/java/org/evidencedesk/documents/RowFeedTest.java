package org.evidencedesk.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RowFeedTest {

    @Test
    void theRowsComeInTheOrderAddedAcrossBatchesAndEndWithTheFeed() {
        RowFeed feed = new RowFeed();
        feed.add(rows(1, 3));
        feed.add(List.of());
        feed.add(rows(4, 5));
        feed.end();

        assertThat(exhibits(feed)).containsExactly("P-1", "P-2", "P-3", "P-4", "P-5");
    }

    @Test
    void aDrawerWaitsForRowsAddedByAnotherThread() throws Exception {
        RowFeed feed = new RowFeed();
        CompletableFuture<List<String>> drawn = CompletableFuture.supplyAsync(() -> exhibits(feed));

        for (int window = 0; window < 20; window++) {
            feed.add(rows(window * 50 + 1, window * 50 + 50));
            Thread.sleep(1);
        }
        assertThat(drawn).as("still waiting for the end").isNotDone();
        feed.end();

        assertThat(drawn.get(10, TimeUnit.SECONDS)).hasSize(1000).startsWith("P-1").endsWith("P-1000");
    }

    @Test
    void anAbandonedFeedWakesTheDrawerWithACancellation() throws Exception {
        RowFeed feed = new RowFeed();
        feed.add(rows(1, 2));
        Iterator<EvidenceListDocument.Row> rows = feed.iterator();
        CompletableFuture<Integer> drawn = CompletableFuture.supplyAsync(() -> {
            int count = 0;
            while (rows.hasNext()) {
                rows.next();
                count++;
            }
            return count;
        });
        Thread.sleep(50);
        assertThat(drawn).as("waiting for the third row").isNotDone();

        feed.abandon();

        assertThatThrownBy(() -> drawn.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(CancellationException.class);
    }

    @Test
    void nothingIsAddedAfterTheEndAndTheRowsAreReadOnce() {
        RowFeed feed = new RowFeed();
        feed.end();
        feed.abandon();

        assertThatThrownBy(() -> feed.add(rows(1, 1))).isInstanceOf(IllegalStateException.class);
        assertThat(exhibits(feed)).as("ended first: abandoning afterwards changes nothing").isEmpty();
        assertThatThrownBy(feed::iterator).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void rowsAddedAreCopiedNotShared() {
        RowFeed feed = new RowFeed();
        List<EvidenceListDocument.Row> window = new ArrayList<>(rows(1, 2));
        feed.add(window);
        window.clear();
        feed.end();

        assertThat(exhibits(feed)).containsExactly("P-1", "P-2");
    }

    private static List<String> exhibits(RowFeed feed) {
        List<String> exhibits = new ArrayList<>();
        feed.forEach(row -> exhibits.add(row.exhibit()));
        return exhibits;
    }

    private static List<EvidenceListDocument.Row> rows(int first, int last) {
        return IntStream.rangeClosed(first, last).mapToObj(number -> new EvidenceListDocument.Row("P-" + number, "title " + number,
                "", "", "a".repeat(64), "b".repeat(64), ZonedDateTime.parse("2026-11-25T21:30:00+08:00"))).toList();
    }
}
