package org.evidencedesk.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Progress on a terminal: finished files scroll up as lines, and below them a block of bars, one per file being sent
 * and one for the whole run, redrawn in place with ANSI cursor movement (at most ten times a second).
 */
final class TerminalProgress implements Progress {

    private static final String UP = "\u001b[%dA";
    private static final String CLEAR_LINE = "\u001b[2K\r";
    private static final long REDRAW_NANOS = 100_000_000L;
    private static final int BAR = 24;
    private static final int NAME = 32;

    private final PrintStream out;
    private final Texts texts;
    private final int files;
    private final long totalBytes;
    private final Map<String, long[]> sending = new LinkedHashMap<>();
    private int done;
    private long doneBytes;
    private int drawnLines;
    private long drawnAt;

    TerminalProgress(PrintStream out, Texts texts, int files, long totalBytes) {
        this.out = out;
        this.texts = texts;
        this.files = files;
        this.totalBytes = totalBytes;
    }

    @Override
    public synchronized void started(String file, long size) {
        sending.put(file, new long[] {0, size});
        redraw(true);
    }

    @Override
    public synchronized void sent(String file, long bytes) {
        long[] state = sending.get(file);
        if (state != null) {
            state[0] += bytes;
            redraw(false);
        }
    }

    @Override
    public synchronized void finished(String file, long size, String outcome) {
        sending.remove(file);
        done++;
        doneBytes += size;
        erase();
        out.println(file + ": " + outcome);
        redraw(true);
    }

    @Override
    public synchronized void close() {
        erase();
        out.flush();
    }

    private void redraw(boolean now) {
        long time = System.nanoTime();
        if (!now && time - drawnAt < REDRAW_NANOS) {
            return;
        }
        drawnAt = time;
        erase();
        List<String> lines = new ArrayList<>();
        long inFlight = 0;
        for (Map.Entry<String, long[]> file : sending.entrySet()) {
            long[] state = file.getValue();
            inFlight += state[0];
            lines.add(Progress.bar(state[0], state[1], BAR) + " " + pad(Progress.percent(state[0], state[1]), 4) + " " + shortName(file.getKey()));
        }
        long all = doneBytes + inFlight;
        lines.add(Progress.bar(all, totalBytes, BAR) + " " + pad(Progress.percent(all, totalBytes), 4) + " "
                + texts.say("cli.progress.overall", String.valueOf(done), String.valueOf(files), Progress.size(all), Progress.size(totalBytes)));
        lines.forEach(out::println);
        drawnLines = lines.size();
        out.flush();
    }

    private void erase() {
        if (drawnLines > 0) {
            out.print(String.format(UP, drawnLines));
            for (int i = 0; i < drawnLines; i++) {
                out.print(CLEAR_LINE + "\n");
            }
            out.print(String.format(UP, drawnLines));
            drawnLines = 0;
        }
    }

    private static String shortName(String file) {
        return Table.width(file) <= NAME ? file : "…" + file.substring(file.length() - NAME + 1);
    }

    private static String pad(String text, int width) {
        return " ".repeat(Math.max(0, width - text.length())) + text;
    }
}
