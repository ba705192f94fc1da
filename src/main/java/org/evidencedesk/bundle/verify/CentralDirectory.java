package org.evidencedesk.bundle.verify;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.evidencedesk.shared.Phrase;

/**
 * The archive's own table of contents, read before {@link java.util.zip.ZipFile} builds its tables from it: how
 * many entries it lists (refused past the cap, before any table is built), and whether two entries claim the same
 * bytes. Overlapping entries are how a few kilobytes inflate to terabytes (one compressed stream read through
 * many entries), and no archiver writes them.
 */
final class CentralDirectory {

    private static final int END = 0x06054b50;
    private static final int ZIP64_LOCATOR = 0x07064b50;
    private static final int ZIP64_END = 0x06064b50;
    private static final int CENTRAL = 0x02014b50;
    private static final int LOCAL = 0x04034b50;
    private static final int END_SIZE = 22;
    private static final int MAX_COMMENT = 0xFFFF;
    private static final long UNSET_32 = 0xFFFFFFFFL;

    /** The bytes one entry occupies: its local header, name, extra field and compressed data, which begins at dataStart. */
    private record Span(String name, long start, long dataStart, long end) {
    }

    /**
     * What the check found: a structure problem for the report, if any, and where the data of each entry begins, for
     * names the directory lists once (as {@link java.util.zip.ZipFile} decodes them: UTF-8).
     */
    record Layout(Optional<Phrase> problem, Map<String, Long> dataStarts) {
    }

    private CentralDirectory() {
    }

    /**
     * @return a structure problem for the report, if two entries overlap or one lies outside the archive, and where
     *         each entry's data begins
     * @throws IOException with a reason a person can read: not a zip, cut short, or more entries than {@code maxEntries}
     */
    static Layout check(Path file, int maxEntries) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            ByteBuffer tail = read(channel, Math.max(0, size - END_SIZE - MAX_COMMENT), (int) Math.min(size, END_SIZE + MAX_COMMENT));
            int end = lastIndexOf(tail, END);
            if (end < 0) {
                throw new Unreadable(Sentence.ZIP_NO_END);
            }
            long endAt = size - tail.limit() + end;
            long count = tail.getShort(end + 10) & 0xFFFF;
            long directorySize = tail.getInt(end + 12) & UNSET_32;
            long directoryAt = tail.getInt(end + 16) & UNSET_32;
            if ((count == 0xFFFF || directorySize == UNSET_32 || directoryAt == UNSET_32) && endAt >= 20) {
                ByteBuffer locator = read(channel, endAt - 20, 20);
                if (locator.getInt(0) == ZIP64_LOCATOR) {
                    long zip64At = locator.getLong(8);
                    // The zip64 end record lies before its locator: an offset anywhere else names no record.
                    if (zip64At < 0 || zip64At > endAt - 20 - 56) {
                        throw new Unreadable(Sentence.ZIP_NO_END64);
                    }
                    ByteBuffer zip64 = read(channel, zip64At, 56);
                    if (zip64.getInt(0) != ZIP64_END) {
                        throw new Unreadable(Sentence.ZIP_NO_END64);
                    }
                    count = zip64.getLong(32);
                    directorySize = zip64.getLong(40);
                    directoryAt = zip64.getLong(48);
                }
            }
            if (count > maxEntries) {
                throw new Unreadable(Sentence.TOO_MANY_ENTRIES, count, maxEntries);
            }
            if (directoryAt < 0 || directorySize < 0 || directoryAt > size || directorySize > size - directoryAt) {
                throw new Unreadable(Sentence.ZIP_DIRECTORY_OUTSIDE);
            }
            List<Span> spans = spans(channel, directoryAt, directorySize, count);
            return new Layout(overlap(spans, directoryAt), dataStarts(spans));
        }
    }

    /** Reads the directory record by record, so a directory that lies about its size costs no more than its entries. */
    private static List<Span> spans(FileChannel channel, long at, long length, long count) throws IOException {
        List<Span> spans = new ArrayList<>();
        long position = at;
        for (long i = 0; i < count; i++) {
            if (position + 46 > at + length) {
                throw new Unreadable(Sentence.ZIP_DIRECTORY_SHORT);
            }
            ByteBuffer record = read(channel, position, 46);
            if (record.getInt(0) != CENTRAL) {
                throw new Unreadable(Sentence.ZIP_DIRECTORY_SHORT);
            }
            long compressed = record.getInt(20) & UNSET_32;
            long uncompressed = record.getInt(24) & UNSET_32;
            int nameLength = record.getShort(28) & 0xFFFF;
            int extraLength = record.getShort(30) & 0xFFFF;
            int commentLength = record.getShort(32) & 0xFFFF;
            long offset = record.getInt(42) & UNSET_32;
            if (position + 46 + nameLength + extraLength > at + length) {
                throw new Unreadable(Sentence.ZIP_DIRECTORY_SHORT);
            }
            ByteBuffer variable = read(channel, position + 46, nameLength + extraLength);
            byte[] name = new byte[nameLength];
            variable.get(0, name);
            long[] zip64 = zip64Values(variable, nameLength, extraLength,
                    uncompressed == UNSET_32, compressed == UNSET_32, offset == UNSET_32);
            compressed = compressed == UNSET_32 ? zip64[1] : compressed;
            offset = offset == UNSET_32 ? zip64[2] : offset;
            String decoded = new String(name, StandardCharsets.UTF_8);
            String shown = BundleArchive.printable(decoded);
            long dataStart = offset + localHeaderLength(channel, offset, shown);
            spans.add(new Span(decoded, offset, dataStart, dataStart + compressed));
            position += 46L + nameLength + extraLength + commentLength;
        }
        return spans;
    }

    /**
     * The zip64 extra field's sizes and offset, present only for the values the record marks as too large for 32 bits.
     *
     * @throws IOException if a field of the extra data says it runs past the end of its record
     */
    private static long[] zip64Values(ByteBuffer directory, int at, int length, boolean uncompressed, boolean compressed,
                                      boolean offset) throws IOException {
        long[] values = new long[3];
        for (int field = at; field + 4 <= at + length; ) {
            int id = directory.getShort(field) & 0xFFFF;
            int size = directory.getShort(field + 2) & 0xFFFF;
            if (field + 4 + size > at + length) {
                throw new Unreadable(Sentence.ZIP_DIRECTORY_SHORT);
            }
            if (id == 0x0001) {
                int next = field + 4;
                boolean[] present = {uncompressed, compressed, offset};
                for (int i = 0; i < 3; i++) {
                    if (present[i] && next + 8 <= field + 4 + size) {
                        values[i] = directory.getLong(next);
                        next += 8;
                    }
                }
            }
            field += 4 + size;
        }
        return values;
    }

    private static long localHeaderLength(FileChannel channel, long offset, String name) throws IOException {
        if (offset < 0 || offset + 30 > channel.size()) {
            throw new Unreadable(Sentence.ENTRY_OUTSIDE, name);
        }
        ByteBuffer header = read(channel, offset, 30);
        if (header.getInt(0) != LOCAL) {
            throw new Unreadable(Sentence.ENTRY_MISPLACED, name);
        }
        return 30L + (header.getShort(26) & 0xFFFF) + (header.getShort(28) & 0xFFFF);
    }

    private static Optional<Phrase> overlap(List<Span> spans, long directoryAt) {
        List<Span> sorted = spans.stream().sorted(Comparator.comparingLong(Span::start)).toList();
        for (int i = 1; i < sorted.size(); i++) {
            Span before = sorted.get(i - 1);
            Span after = sorted.get(i);
            if (after.start() < before.end()) {
                return Optional.of(Phrase.of(Sentence.ENTRIES_OVERLAP, BundleArchive.printable(before.name()),
                        BundleArchive.printable(after.name())));
            }
        }
        return sorted.stream().filter(span -> span.end() > directoryAt).findFirst()
                .map(span -> Phrase.of(Sentence.ENTRY_INTO_DIRECTORY, BundleArchive.printable(span.name())));
    }

    /** Where each name's data begins; a name listed twice is left out, as which of its entries a reader takes varies. */
    private static Map<String, Long> dataStarts(List<Span> spans) {
        Map<String, Long> starts = new HashMap<>();
        Set<String> twice = new HashSet<>();
        for (Span span : spans) {
            if (starts.put(span.name(), span.dataStart()) != null) {
                twice.add(span.name());
            }
        }
        starts.keySet().removeAll(twice);
        return starts;
    }

    private static ByteBuffer read(FileChannel channel, long at, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, at + buffer.position()) < 0) {
                throw new Unreadable(Sentence.ZIP_ENDS_EARLY);
            }
        }
        return buffer.flip();
    }

    private static int lastIndexOf(ByteBuffer buffer, int signature) {
        for (int i = buffer.limit() - END_SIZE; i >= 0; i--) {
            if (buffer.getInt(i) == signature) {
                return i;
            }
        }
        return -1;
    }
}
