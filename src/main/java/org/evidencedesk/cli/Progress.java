package org.evidencedesk.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * What the user sees while files are sent: on a terminal a bar for each file being sent and one for all of them,
 * redrawn in place ({@link TerminalProgress}); elsewhere (a pipe, a CI log) plain lines, one when a file starts and
 * one when it ends ({@link PlainProgress}). Called from the sending threads.
 */
interface Progress {

    void started(String file, long size);

    void sent(String file, long bytes);

    /** The file is done, with a line saying how it ended. */
    void finished(String file, long size, String outcome);

    /** The last redraw; nothing is printed after it. */
    void close();

    static Progress to(PrintStream out, boolean terminal, Texts texts, int files, long bytes) {
        return terminal ? new TerminalProgress(out, texts, files, bytes) : new PlainProgress(out, texts, files);
    }

    /** A bar of {@code width} characters, filled for the share done. */
    static String bar(long done, long total, int width) {
        int filled = total <= 0 ? width : (int) Math.min(width, done * width / total);
        return "[" + "#".repeat(filled) + "-".repeat(width - filled) + "]";
    }

    static String percent(long done, long total) {
        return (total <= 0 ? 100 : Math.min(100, done * 100 / total)) + "%";
    }

    /** A size for people: bytes, KiB, MiB or GiB with one decimal. */
    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        String[] units = {"KiB", "MiB", "GiB", "TiB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }
}
