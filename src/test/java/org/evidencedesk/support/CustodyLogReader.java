package org.evidencedesk.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

/**
 * A case's custody log as one user downloads it ({@code custody/<case>.jsonl}). A bundle export is recorded after its
 * last byte went out, in a transaction of its own, so a client holding the whole bundle may read the log a moment
 * before that entry is committed: {@link #onceExportedBy} reads again until it is there.
 */
public final class CustodyLogReader {

    private static final int TRIES = 100;
    private static final long PAUSE_MILLIS = 100;

    private final WebClient reader;
    private final long caseId;

    public CustodyLogReader(WebClient reader, long caseId) {
        this.reader = reader;
        this.caseId = caseId;
    }

    public List<String> lines() throws Exception {
        HttpResponse<String> log = reader.get("custody/" + caseId + ".jsonl");
        assertThat(log.statusCode()).isEqualTo(200);
        return log.body().lines().toList();
    }

    /**
     * The log once a {@code BUNDLE_EXPORTED} entry by {@code exporter} follows its first {@code linesBefore} lines (or,
     * after ten seconds without one, as it is, for the caller's assertions to report).
     */
    public List<String> onceExportedBy(String exporter, int linesBefore) throws Exception {
        List<String> log = lines();
        for (int tries = 0; !exportRecorded(log, exporter, linesBefore) && tries < TRIES; tries++) {
            Thread.sleep(PAUSE_MILLIS);
            log = lines();
        }
        return log;
    }

    private static boolean exportRecorded(List<String> log, String exporter, int linesBefore) {
        return log.stream().skip(linesBefore)
                .anyMatch(line -> line.contains("BUNDLE_EXPORTED") && line.contains("\"actor\":\"" + exporter + "\""));
    }
}
