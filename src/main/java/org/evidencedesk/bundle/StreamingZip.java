package org.evidencedesk.bundle;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * A zip archive written front to back onto a stream that cannot seek (an HTTP response), never holding a
 * file in memory.
 *
 * <p>Small parts (signatures, manifests) are STORED with their CRC known. Evidence files are written as
 * DEFLATE streams made only of uncompressed ("stored") blocks, with the CRC in a data descriptor after the
 * data: each file is read once, copied through a fixed buffer, at a cost of 5 bytes per 65,535. Why not the
 * alternatives: a STORED entry must carry its CRC before its data, which means reading every file twice (a
 * CRC pre-pass), and STORED with a data descriptor is refused by streaming readers such as
 * {@code java.util.zip.ZipInputStream}. {@code java.util.zip.ZipOutputStream} at level 0 would give the same
 * archive through zlib, 512 bytes per native call.
 *
 * <p>Because every size is known before writing starts, {@link #length} gives the archive's exact length in
 * advance (a Content-Length, so the browser shows real progress). Zip64 records are written when an entry,
 * an offset or the entry count outgrows the classic format, so bundles over 4 GiB open everywhere.
 */
public final class StreamingZip implements AutoCloseable {

    /** The largest DEFLATE stored block. */
    static final int BLOCK = 65_535;
    private static final long MAX_32 = 0xFFFF_FFFFL;
    private static final int MAX_16 = 0xFFFF;
    private static final int FLAG_DESCRIPTOR = 1 << 3;
    private static final int FLAG_UTF8 = 1 << 11;
    private static final int STORED = 0;
    private static final int DEFLATED = 8;
    private static final int UNIX_READABLE = 0100644 << 16;

    /** An entry as planned: its name, its uncompressed size, and whether it is streamed (with a data descriptor). */
    public record Entry(String name, long size, boolean streamed) {

        long dataLength() {
            if (!streamed) {
                return size;
            }
            long blocks = Math.max(1, (size + BLOCK - 1) / BLOCK);
            return size + 5 * blocks;
        }
    }

    private record Written(Entry entry, byte[] name, long crc, long offset) {
    }

    private final Counting out;
    private final boolean forceZip64;
    private final int dosTime;
    private final int dosDate;
    private final List<Written> written = new ArrayList<>();
    private final Set<String> names = new HashSet<>();
    private final byte[] buffer = new byte[BLOCK];
    private boolean finished;

    /** @param modified the modification time every entry gets, in the recipient's wall-clock terms */
    public StreamingZip(OutputStream out, LocalDateTime modified) {
        this(out, modified, false);
    }

    /**
     * @param forceZip64 write the central directory's zip64 fields and end records even where the classic ones
     *        suffice, as for an archive past 4 GiB (tests use it to cover that path without writing 4 GiB)
     */
    StreamingZip(OutputStream out, LocalDateTime modified, boolean forceZip64) {
        this.out = new Counting(out);
        this.forceZip64 = forceZip64;
        LocalDateTime at = modified.getYear() < 1980 ? LocalDateTime.of(1980, 1, 1, 0, 0) : modified;
        this.dosTime = at.getHour() << 11 | at.getMinute() << 5 | at.getSecond() / 2;
        this.dosDate = (at.getYear() - 1980) << 9 | at.getMonthValue() << 5 | at.getDayOfMonth();
    }

    /** Adds content held in memory, STORED. */
    public void add(String name, byte[] content) throws IOException {
        Entry entry = new Entry(name, content.length, false);
        CRC32 crc = new CRC32();
        crc.update(content);
        Written w = begin(entry, crc.getValue());
        out.write(content);
        written.add(w);
    }

    /**
     * Adds {@code size} bytes read from {@code content}, which must hold exactly that many; the stream is
     * read to its end but not closed.
     *
     * @throws WrongLengthException if the content is shorter or longer than {@code size}; the archive is then unusable
     */
    public void add(String name, long size, InputStream content) throws IOException {
        Entry entry = new Entry(name, size, true);
        Written header = begin(entry, 0);
        CRC32 crc = new CRC32();
        long remaining = size;
        do {
            int chunk = (int) Math.min(BLOCK, remaining);
            int read = content.readNBytes(buffer, 0, chunk);
            if (read < chunk) {
                throw new WrongLengthException(name + " ended after " + (size - remaining + read) + " of " + size + " bytes");
            }
            remaining -= chunk;
            crc.update(buffer, 0, chunk);
            out.write(remaining == 0 ? 1 : 0); // BFINAL on the last block, BTYPE 00: stored
            out.write(chunk & 0xFF);
            out.write(chunk >>> 8);
            out.write(~chunk & 0xFF);
            out.write((~chunk >>> 8) & 0xFF);
            out.write(buffer, 0, chunk);
        } while (remaining > 0);
        if (content.read() != -1) {
            throw new WrongLengthException(name + " holds more than the " + size + " bytes recorded");
        }
        Written done = new Written(entry, header.name(), crc.getValue(), header.offset());
        out.write(descriptor(done));
        written.add(done);
    }

    /** Writes the central directory; the underlying stream is flushed, not closed. */
    public void finish() throws IOException {
        if (finished) {
            return;
        }
        finished = true;
        long directoryStart = out.count;
        for (Written w : written) {
            out.write(centralHeader(w));
        }
        out.write(end(written.size(), directoryStart, out.count - directoryStart));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        finish();
    }

    /** Bytes written so far. */
    public long position() {
        return out.count;
    }

    /** The exact length of an archive of these entries, in this order. */
    public static long length(List<Entry> entries) {
        return length(entries, false);
    }

    static long length(List<Entry> entries, boolean forceZip64) {
        StreamingZip layout = new StreamingZip(OutputStream.nullOutputStream(), LocalDateTime.of(2000, 1, 1, 0, 0), forceZip64);
        long offset = 0;
        long directory = 0;
        for (Entry entry : entries) {
            Written w = new Written(entry, entry.name().getBytes(StandardCharsets.UTF_8), 0, offset);
            offset += layout.localHeader(w).length + entry.dataLength() + (entry.streamed() ? layout.descriptor(w).length : 0);
            directory += layout.centralHeader(w).length;
        }
        return offset + directory + layout.end(entries.size(), offset, directory).length;
    }

    private Written begin(Entry entry, long crc) throws IOException {
        if (finished) {
            throw new IllegalStateException("The archive is finished");
        }
        if (!names.add(entry.name())) {
            throw new IllegalArgumentException("Two entries named " + entry.name());
        }
        Written w = new Written(entry, entry.name().getBytes(StandardCharsets.UTF_8), crc, out.count);
        out.write(localHeader(w));
        return w;
    }

    /** Only an entry of 4 GiB or more needs zip64 in its own header and descriptor; offsets are the directory's business. */
    private static boolean zip64(Entry entry) {
        return entry.dataLength() >= MAX_32;
    }

    private byte[] localHeader(Written w) {
        Entry entry = w.entry();
        boolean zip64 = zip64(entry);
        Bytes header = new Bytes();
        header.int32(0x04034b50).int16(zip64 ? 45 : 20).int16(FLAG_UTF8 | (entry.streamed() ? FLAG_DESCRIPTOR : 0))
                .int16(entry.streamed() ? DEFLATED : STORED).int16(dosTime).int16(dosDate);
        if (entry.streamed()) {
            // Known only after the data: they follow it in the data descriptor.
            header.int32(0).int32(zip64 ? MAX_32 : 0).int32(zip64 ? MAX_32 : 0);
        } else {
            header.int32(w.crc()).int32(zip64 ? MAX_32 : entry.size()).int32(zip64 ? MAX_32 : entry.size());
        }
        header.int16(w.name().length).int16(zip64 ? 20 : 0).bytes(w.name());
        if (zip64) {
            long size = entry.streamed() ? 0 : entry.size();
            header.int16(0x0001).int16(16).int64(size).int64(size);
        }
        return header.toByteArray();
    }

    private byte[] descriptor(Written w) {
        Bytes descriptor = new Bytes().int32(0x08074b50).int32(w.crc());
        if (zip64(w.entry())) {
            descriptor.int64(w.entry().dataLength()).int64(w.entry().size());
        } else {
            descriptor.int32(w.entry().dataLength()).int32(w.entry().size());
        }
        return descriptor.toByteArray();
    }

    private byte[] centralHeader(Written w) {
        Entry entry = w.entry();
        boolean bigSize = forceZip64 || entry.size() >= MAX_32 || entry.dataLength() >= MAX_32;
        boolean bigOffset = forceZip64 || w.offset() >= MAX_32;
        Bytes extra = new Bytes();
        if (bigSize) {
            extra.int64(entry.size()).int64(entry.dataLength());
        }
        if (bigOffset) {
            extra.int64(w.offset());
        }
        byte[] zip64 = extra.toByteArray();
        Bytes header = new Bytes();
        header.int32(0x02014b50).int16(3 << 8 | 45).int16(bigSize || bigOffset || zip64(entry) ? 45 : 20)
                .int16(FLAG_UTF8 | (entry.streamed() ? FLAG_DESCRIPTOR : 0)).int16(entry.streamed() ? DEFLATED : STORED)
                .int16(dosTime).int16(dosDate).int32(w.crc())
                .int32(bigSize ? MAX_32 : entry.dataLength()).int32(bigSize ? MAX_32 : entry.size())
                .int16(w.name().length).int16(zip64.length == 0 ? 0 : zip64.length + 4).int16(0)
                .int16(0).int16(0).int32(UNIX_READABLE).int32(bigOffset ? MAX_32 : w.offset())
                .bytes(w.name());
        if (zip64.length > 0) {
            header.int16(0x0001).int16(zip64.length).bytes(zip64);
        }
        return header.toByteArray();
    }

    private byte[] end(int count, long directoryStart, long directoryLength) {
        boolean zip64 = forceZip64 || count >= MAX_16 || directoryStart >= MAX_32 || directoryLength >= MAX_32;
        Bytes end = new Bytes();
        if (zip64) {
            long recordStart = directoryStart + directoryLength;
            end.int32(0x06064b50).int64(44).int16(3 << 8 | 45).int16(45).int32(0).int32(0)
                    .int64(count).int64(count).int64(directoryLength).int64(directoryStart);
            end.int32(0x07064b50).int32(0).int64(recordStart).int32(1);
        }
        end.int32(0x06054b50).int16(0).int16(0)
                .int16(zip64 ? MAX_16 : count).int16(zip64 ? MAX_16 : count)
                .int32(zip64 ? MAX_32 : directoryLength).int32(zip64 ? MAX_32 : directoryStart).int16(0);
        return end.toByteArray();
    }

    /** Little-endian fields, as zip wants them. */
    private static final class Bytes extends ByteArrayOutputStream {

        /** Room for a header with a name of about 80 bytes without growing: a bundle's length adds up 80,000 of them. */
        Bytes() {
            super(128);
        }

        Bytes int16(int value) {
            write(value & 0xFF);
            write((value >>> 8) & 0xFF);
            return this;
        }

        Bytes int32(long value) {
            int16((int) (value & 0xFFFF));
            return int16((int) ((value >>> 16) & 0xFFFF));
        }

        Bytes int64(long value) {
            int32(value & MAX_32);
            return int32(value >>> 32);
        }

        Bytes bytes(byte[] value) {
            write(value, 0, value.length);
            return this;
        }
    }

    /** Counts what passes, for offsets; buffered, so the 5-byte block headers do not each become a write. */
    private static final class Counting extends OutputStream {

        private final OutputStream out;
        private final byte[] pending = new byte[8192];
        private int used;
        private long count;

        Counting(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            if (used == pending.length) {
                drain();
            }
            pending[used++] = (byte) b;
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (len >= pending.length) {
                drain();
                out.write(b, off, len);
            } else {
                if (used + len > pending.length) {
                    drain();
                }
                System.arraycopy(b, off, pending, used, len);
                used += len;
            }
            count += len;
        }

        @Override
        public void flush() throws IOException {
            drain();
            out.flush();
        }

        private void drain() throws IOException {
            if (used > 0) {
                out.write(pending, 0, used);
                used = 0;
            }
        }
    }

    /** Content that does not have the length it was announced with. */
    public static final class WrongLengthException extends IOException {

        private static final long serialVersionUID = 1L;

        WrongLengthException(String message) {
            super(message);
        }
    }
}
