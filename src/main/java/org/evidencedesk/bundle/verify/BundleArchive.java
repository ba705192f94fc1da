package org.evidencedesk.bundle.verify;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.evidencedesk.shared.Phrase;
import org.evidencedesk.shared.Sha256;

/**
 * A bundle opened for reading, treated as hostile until checked. Nothing is ever extracted to disk: parts are
 * read into memory (small ones, under a cap) or hashed as they stream. Reading stops as soon as an entry
 * inflates beyond its cap, beyond a plausible compression ratio, or the archive as a whole beyond a multiple
 * of its own size, so a zip bomb costs a few megabytes of work. Before any of that, its central directory is
 * read on its own: too many entries are refused before a table of them is built, overlapping entries reported.
 * Several threads may read parts at once: the zip file serialises its own reads, and the caps hold for them all.
 */
final class BundleArchive implements AutoCloseable {

    /** The most a part that is read whole (JSON, XML, signatures, the custody log) may inflate to. */
    static final long SMALL_PART_LIMIT = 64L * 1024 * 1024;
    /** Beyond this much output, an entry inflating to more than RATIO times its compressed size is a bomb. */
    private static final long RATIO_GRACE = 1024 * 1024;
    private static final long RATIO = 100;

    private final ZipFile zip;
    /**
     * The archive itself, whose entries are read where they lie by positional reads that several threads make at once
     * ({@link #dataOf}). The zip file reads under one lock, a large deflated entry 8 KiB at a time: two threads hashing
     * a 2 GiB bundle's files spent more time in those reads and waiting for each other than in the hashing.
     */
    private final FileChannel file;
    /** Where each entry's bytes begin in the archive, by name (see {@link CentralDirectory.Layout}). */
    private final Map<String, Long> dataStarts;
    private final Map<String, ZipEntry> entries = new LinkedHashMap<>();
    private final List<Phrase> problems = new ArrayList<>();
    private final long totalLimit;
    private final VerificationDeadline deadline;
    /** What every part read so far inflated to, counted across the threads that read parts at once. */
    private final AtomicLong inflated = new AtomicLong();
    private final String firstEntry;

    private BundleArchive(ZipFile zip, FileChannel file, Map<String, Long> dataStarts, long archiveSize,
                          VerificationDeadline deadline) {
        this.zip = zip;
        this.file = file;
        this.dataStarts = dataStarts;
        this.deadline = deadline;
        this.totalLimit = 2 * archiveSize + SMALL_PART_LIMIT;
        Set<String> seen = new HashSet<>();
        String first = null;
        Enumeration<? extends ZipEntry> all = zip.entries();
        while (all.hasMoreElements()) {
            ZipEntry entry = all.nextElement();
            String name = entry.getName();
            first = first == null ? name : first;
            if (!seen.add(name)) {
                problems.add(Phrase.of(Sentence.DUPLICATE_ENTRY, printable(name)));
                continue;
            }
            unsafeName(name).ifPresent(problems::add);
            if (!entry.isDirectory()) {
                entries.put(name, entry);
            }
        }
        this.firstEntry = first;
    }

    /**
     * Opens a file as a bundle.
     *
     * @throws IOException with a reason a person can read, if it is not a zip archive or is cut short
     */
    static BundleArchive open(Path file, int maxEntries, VerificationDeadline deadline) throws IOException {
        long size = Files.size(file);
        if (size == 0) {
            throw new Unreadable(Sentence.FILE_EMPTY);
        }
        CentralDirectory.Layout layout = CentralDirectory.check(file, maxEntries);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        try {
            return open(file, channel, layout, size, deadline);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    private static BundleArchive open(Path file, FileChannel channel, CentralDirectory.Layout layout, long size,
                                      VerificationDeadline deadline) throws IOException {
        try {
            BundleArchive archive = new BundleArchive(new ZipFile(file.toFile(), StandardCharsets.UTF_8), channel,
                    layout.dataStarts(), size, deadline);
            layout.problem().ifPresent(archive.problems::add);
            return archive;
        } catch (ZipException e) {
            throw new Unreadable(Phrase.of(Sentence.NOT_A_ZIP, String.valueOf(e.getMessage())), e);
        } catch (IllegalArgumentException e) {
            throw new Unreadable(Phrase.of(Sentence.NAMES_UNREADABLE, String.valueOf(e.getMessage())), e);
        }
    }

    /** Problems with the archive's structure itself: duplicate, absolute or escaping names, overlapping entries. */
    List<Phrase> structureProblems() {
        return Collections.unmodifiableList(problems);
    }

    Optional<String> firstEntry() {
        return Optional.ofNullable(firstEntry);
    }

    Optional<ZipEntry> entry(String name) {
        return Optional.ofNullable(entries.get(name));
    }

    Set<String> names() {
        return Collections.unmodifiableSet(entries.keySet());
    }

    boolean contains(String name) {
        return entries.containsKey(name);
    }

    /**
     * A part read whole.
     *
     * @throws IOException if it is missing, inflates beyond the caps, or is corrupt
     */
    byte[] read(String name) throws IOException {
        ZipEntry entry = entries.get(name);
        if (entry == null) {
            throw new Unreadable(Sentence.PART_MISSING, printable(name));
        }
        try (InputStream in = new Capped(name, dataOf(entry), entry.getCompressedSize(), SMALL_PART_LIMIT)) {
            return in.readAllBytes();
        }
    }

    String text(String name) throws IOException {
        return new String(read(name), StandardCharsets.UTF_8);
    }

    /** The SHA-256 of a part, read as a stream. */
    byte[] sha256(String name) throws IOException {
        ZipEntry entry = entries.get(name);
        if (entry == null) {
            throw new Unreadable(Sentence.PART_MISSING, printable(name));
        }
        MessageDigest digest = Sha256.newDigest();
        byte[] buffer = new byte[bufferFor(entry)];
        try (InputStream in = new Capped(name, dataOf(entry), entry.getCompressedSize(), Long.MAX_VALUE)) {
            for (int read; (read = in.read(buffer)) != -1; ) {
                digest.update(buffer, 0, read);
            }
        }
        return digest.digest();
    }

    /** An entry's bytes read where they lie in the archive when its directory says where; any other through the zip file. */
    private InputStream dataOf(ZipEntry entry) throws IOException {
        if (!readInPlace(entry.getName())) {
            return zip.getInputStream(entry);
        }
        ArchiveSlice bytes = new ArchiveSlice(file, dataStarts.get(entry.getName()), entry.getCompressedSize());
        return entry.getMethod() == ZipEntry.STORED ? bytes : new InflatingSlice(bytes, bufferFor(entry));
    }

    /** Whether the part is read where it lies: stored or deflated, under a name the directory lists once. */
    boolean readInPlace(String name) {
        ZipEntry entry = entries.get(name);
        return entry != null && (entry.getMethod() == ZipEntry.STORED || entry.getMethod() == ZipEntry.DEFLATED)
                && dataStarts.containsKey(name);
    }

    /**
     * A buffer no larger than the part says it is, up to 64 KiB: a bundle of 10,000 items has 40,000 parts of a few
     * KiB each, and a 64 KiB buffer for each was 2.6 GB of allocation in one verification. The size a hostile archive
     * declares only sizes the buffer; what is read is counted as it streams.
     */
    private static int bufferFor(ZipEntry entry) {
        long declared = entry.getSize();
        return declared < 0 ? 8 * 1024 : (int) Math.max(512, Math.min(64 * 1024, declared + 1));
    }

    @Override
    public void close() throws IOException {
        try (file) {
            zip.close();
        }
    }


    /** A name that would land outside the folder it is unpacked into, or that no archiver should write. */
    static Optional<Phrase> unsafeName(String name) {
        String shown = printable(name);
        if (name.startsWith("/") || name.startsWith("\\") || name.matches("^[A-Za-z]:.*")) {
            return Optional.of(Phrase.of(Sentence.ABSOLUTE_PATH, shown));
        }
        for (String segment : name.split("[/\\\\]")) {
            if (segment.equals("..")) {
                return Optional.of(Phrase.of(Sentence.CLIMBS_OUT, shown));
            }
        }
        if (name.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return Optional.of(Phrase.of(Sentence.CONTROL_CHARACTERS, shown));
        }
        return Optional.empty();
    }

    /** A name as it may be shown: control characters made visible, length capped. */
    static String printable(String name) {
        String shown = name.replaceAll("\\p{Cntrl}", "?");
        return shown.length() > 200 ? shown.substring(0, 200) + "…" : shown;
    }

    /**
     * The archive as a whole inflates beyond its cap: the verification stops, as at the end of its time budget. Which
     * part was being read when the cap was passed depends on the order of reading, which is not fixed when parts are
     * read side by side, so the report names the archive, not a part, and says nothing more.
     */
    static final class Bomb extends RuntimeException implements Phrase.Said {

        private static final long serialVersionUID = 1L;
        private final transient Phrase phrase;

        Bomb(long limit) {
            super("the archive inflates beyond " + limit + " bytes", null, false, false);
            this.phrase = Phrase.of(Sentence.ARCHIVE_INFLATES_BEYOND, limit);
        }

        @Override
        public Phrase phrase() {
            return phrase;
        }
    }

    /** Counts what an entry inflates to and stops at the caps. */
    private final class Capped extends InputStream {

        private final String name;
        private final InputStream in;
        private final long compressed;
        private final long limit;
        private long count;

        Capped(String name, InputStream in, long compressed, long limit) {
            this.name = name;
            this.in = in;
            this.compressed = Math.max(compressed, 1);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) == -1 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            deadline.check();
            int read;
            try {
                read = in.read(b, off, len);
            } catch (ZipException e) {
                throw new Unreadable(Phrase.of(Sentence.PART_CORRUPT, printable(name), String.valueOf(e.getMessage())), e);
            }
            if (read > 0) {
                count += read;
                long total = inflated.addAndGet(read);
                if (count > limit) {
                    throw new Unreadable(Sentence.INFLATES_BEYOND, printable(name), limit);
                }
                if (count > RATIO_GRACE && count / compressed > RATIO) {
                    throw new Unreadable(Sentence.INFLATES_RATIO, printable(name), RATIO);
                }
                if (total > totalLimit) {
                    throw new Bomb(totalLimit);
                }
            }
            return read;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
