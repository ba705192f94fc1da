package org.evidencedesk.bundle;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.Objects;
import org.evidencedesk.shared.Sha256;

/**
 * A bundle's custody log (JSON lines): its length, its SHA-256 for the signed manifest, the last line that reveals
 * an entry's details (for VERIFY.txt's worked example), and its bytes, read when the bundle streams. A case's log
 * grows with its items (two entries or more each: 10,000 items make tens of MB), so an export spools it to a file
 * as the log is read a row at a time ({@link #spool}), and never holds it whole; small logs (tests) stay in memory.
 */
public final class CustodyLogFile {

    /** What a line of the log that reveals its entry's details holds (a withheld entry's line keeps only its link). */
    private static final String DETAILS = ",\"details\":{";

    /** Writes the log's lines, each ending in a newline. */
    @FunctionalInterface
    public interface Lines {
        void writeTo(Writer out) throws IOException;
    }

    private final byte[] bytes;
    private final Path file;
    private final long length;
    private final byte[] sha256;
    private final int lastLineRevealingDetails;

    private CustodyLogFile(byte[] bytes, Path file, long length, byte[] sha256, int lastLineRevealingDetails) {
        this.bytes = bytes;
        this.file = file;
        this.length = length;
        this.sha256 = sha256;
        this.lastLineRevealingDetails = lastLineRevealingDetails;
    }

    /** A log held in memory. */
    public static CustodyLogFile of(String jsonLines) {
        Objects.requireNonNull(jsonLines, "jsonLines");
        byte[] bytes = jsonLines.getBytes(StandardCharsets.UTF_8);
        int last = 0;
        int number = 0;
        for (String line : jsonLines.lines().toList()) {
            number++;
            if (revealsDetails(line)) {
                last = number;
            }
        }
        return new CustodyLogFile(bytes, null, bytes.length, Sha256.of(bytes), last);
    }

    /**
     * A log written to {@code file} as {@code lines} produces it, hashed and scanned on the way; the file is deleted
     * if writing fails, and otherwise by {@link #delete} once the bundle has gone out.
     */
    public static CustodyLogFile spool(Path file, Lines lines) throws IOException {
        MessageDigest digest = Sha256.newDigest();
        try (OutputStream stream = new DigestOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16), digest);
             Scanning out = new Scanning(new OutputStreamWriter(stream, StandardCharsets.UTF_8))) {
            lines.writeTo(out);
            out.flush();
            return new CustodyLogFile(null, file, Files.size(file), digest.digest(), out.lastRevealing);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    /** Whether a line of the log reveals its entry's details (a withheld entry's line keeps only its link). */
    static boolean revealsDetails(String line) {
        return line.contains(DETAILS);
    }

    public long length() {
        return length;
    }

    public byte[] sha256() {
        return sha256.clone();
    }

    /** The number (from 1) of the last line that reveals an entry's details, 0 if none does. */
    public int lastLineRevealingDetails() {
        return lastLineRevealingDetails;
    }

    public InputStream open() throws IOException {
        return file == null ? new ByteArrayInputStream(bytes) : Files.newInputStream(file);
    }

    /** The log's text; only for logs held in memory. */
    public String text() {
        if (file != null) {
            throw new IllegalStateException("a spooled custody log is read as a stream");
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Removes the spooled file, if there is one. */
    public void delete() {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Passes text through, remembering the number of the last complete line that reveals details. Text is scanned a
     * piece at a time, not a character at a time: a 10,000-item case's log has tens of millions of characters.
     */
    private static final class Scanning extends Writer {

        private final Writer out;
        private final StringBuilder line = new StringBuilder();
        private int number;
        private int lastRevealing;

        Scanning(Writer out) {
            this.out = out;
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            out.write(chars, offset, length);
            scan(CharBuffer.wrap(chars), offset, offset + length);
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            out.write(text, offset, length);
            scan(text, offset, offset + length);
        }

        @Override
        public void write(int character) throws IOException {
            out.write(character);
            scan(String.valueOf((char) character), 0, 1);
        }

        /** Scans the text from {@code start} to {@code end}. */
        private void scan(CharSequence text, int start, int end) {
            int lineStart = start;
            for (int i = start; i < end; i++) {
                if (text.charAt(i) == '\n') {
                    line.append(text, lineStart, i);
                    number++;
                    if (line.indexOf(DETAILS) >= 0) {
                        lastRevealing = number;
                    }
                    line.setLength(0);
                    lineStart = i + 1;
                }
            }
            line.append(text, lineStart, end);
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
