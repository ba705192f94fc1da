package org.evidencedesk.cli;

import java.io.PrintStream;

/** Progress as plain lines, for output that is not a terminal: a line per file started and per file done. */
final class PlainProgress implements Progress {

    private final PrintStream out;
    private final Texts texts;
    private final int files;
    private int done;

    PlainProgress(PrintStream out, Texts texts, int files) {
        this.out = out;
        this.texts = texts;
        this.files = files;
    }

    @Override
    public synchronized void started(String file, long size) {
        out.println(texts.say("cli.progress.sending", file, Progress.size(size)));
    }

    @Override
    public void sent(String file, long bytes) {
        // Plain output says only when a file starts and ends.
    }

    @Override
    public synchronized void finished(String file, long size, String outcome) {
        done++;
        out.println("[" + done + "/" + files + "] " + file + ": " + outcome);
    }

    @Override
    public synchronized void close() {
        out.flush();
    }
}
