package org.evidencedesk.bundle.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.evidencedesk.shared.Sha256;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parts read where they lie in the archive, against their bytes and the zip file's own reading of them. */
class BundleArchiveTest {

    private static final int[] SIZES = {0, 1, 65_535, 65_536, 65_537, 3 << 20};

    @TempDir
    Path directory;

    @Test
    void storedAndDeflatedEntriesAreReadInPlaceAndHashAsTheirBytes() throws Exception {
        Map<String, byte[]> stored = new LinkedHashMap<>();
        Map<String, byte[]> deflated = new LinkedHashMap<>();
        for (int size : SIZES) {
            stored.put("stored/" + size + ".bin", random(size, size));
            deflated.put("deflated/" + size + ".bin", random(size, -size));
        }
        byte[] text = "a compressible custody log line\n".repeat(10_000).getBytes(StandardCharsets.UTF_8);
        Path file = directory.resolve("bundle.asice");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, byte[]> part : stored.entrySet()) {
                zip.putNextEntry(storedEntry(part.getKey(), part.getValue()));
                zip.write(part.getValue());
            }
            // As the export writes evidence files: deflated in stored blocks, sizes in a data descriptor.
            zip.setLevel(Deflater.NO_COMPRESSION);
            for (Map.Entry<String, byte[]> part : deflated.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue());
            }
            zip.setLevel(Deflater.DEFAULT_COMPRESSION);
            zip.putNextEntry(new ZipEntry("custody.jsonl"));
            zip.write(text);
        }
        Map<String, byte[]> all = new LinkedHashMap<>(stored);
        all.putAll(deflated);
        all.put("custody.jsonl", text);

        try (BundleArchive archive = open(file)) {
            for (Map.Entry<String, byte[]> part : all.entrySet()) {
                assertThat(archive.readInPlace(part.getKey())).as(part.getKey()).isTrue();
                assertThat(archive.sha256(part.getKey())).as(part.getKey()).isEqualTo(Sha256.of(part.getValue()));
            }
            assertThat(archive.read("custody.jsonl")).isEqualTo(text);
        }
    }

    @Test
    void aDeflatedEntryWhoseDataIsDamagedIsReportedAsCorrupt() throws Exception {
        Path file = directory.resolve("damaged.asice");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("custody.jsonl"));
            zip.write("a compressible custody log line\n".repeat(1_000).getBytes(StandardCharsets.UTF_8));
        }
        byte[] bytes = Files.readAllBytes(file);
        // The first byte of the deflate stream, after the 30-byte local header and the name: a reserved block type.
        bytes[30 + "custody.jsonl".length()] = (byte) 0xFF;
        Files.write(file, bytes);

        try (BundleArchive archive = open(file)) {
            assertThatThrownBy(() -> archive.sha256("custody.jsonl")).isInstanceOf(Unreadable.class)
                    .hasMessageContaining("custody.jsonl");
        }
    }

    @Test
    void aLocalHeaderWithAnExtraFieldTheDirectoryLacksIsSkippedWhole() throws Exception {
        byte[] content = random(100_000, 7);
        Path file = Files.write(directory.resolve("padded.asice"), new HandWritten()
                .add("files/padded.bin", new byte[28], content)
                .add("files/plain.bin", new byte[0], content)
                .bytes());

        try (BundleArchive archive = open(file); ZipFile zip = new ZipFile(file.toFile())) {
            assertThat(archive.readInPlace("files/padded.bin")).isTrue();
            assertThat(archive.sha256("files/padded.bin")).isEqualTo(Sha256.of(content))
                    .isEqualTo(Sha256.of(zip.getInputStream(zip.getEntry("files/padded.bin")).readAllBytes()));
            assertThat(archive.sha256("files/plain.bin")).isEqualTo(Sha256.of(content));
        }
    }

    @Test
    void aNameListedTwiceIsReadThroughTheZipFileAsIfNothingWereReadInPlace() throws Exception {
        Path file = Files.write(directory.resolve("twice.asice"), new HandWritten()
                .add("files/a.bin", new byte[0], random(5_000, 1))
                .add("files/a.bin", new byte[0], random(6_000, 2))
                .bytes());

        try (BundleArchive archive = open(file); ZipFile zip = new ZipFile(file.toFile())) {
            assertThat(archive.readInPlace("files/a.bin")).isFalse();
            assertThat(archive.sha256("files/a.bin"))
                    .isEqualTo(Sha256.of(zip.getInputStream(zip.getEntry("files/a.bin")).readAllBytes()));
        }
    }

    @Test
    void threadsHashingAtOnceEachGetTheirOwnEntrysBytes() throws Exception {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        for (int i = 0; i < 16; i++) {
            parts.put("files/" + i + ".bin", random(300_000 + i, 100 + i));
        }
        Path file = directory.resolve("many.asice");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                zip.putNextEntry(storedEntry(part.getKey(), part.getValue()));
                zip.write(part.getValue());
            }
        }

        ExecutorService threads = Executors.newFixedThreadPool(4);
        try (BundleArchive archive = open(file)) {
            List<Future<byte[]>> digests = new ArrayList<>();
            for (String name : parts.keySet()) {
                digests.add(threads.submit((Callable<byte[]>) () -> archive.sha256(name)));
            }
            int i = 0;
            for (byte[] content : parts.values()) {
                assertThat(digests.get(i++).get()).isEqualTo(Sha256.of(content));
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aSliceEndsAtItsLengthOrAtTheEndOfTheFile() throws Exception {
        Path file = Files.write(directory.resolve("ten.bin"), "0123456789".getBytes(StandardCharsets.US_ASCII));
        try (FileChannel channel = FileChannel.open(file)) {
            assertThat(readAll(new ArchiveSlice(channel, 2, 3))).isEqualTo("234");
            assertThat(readAll(new ArchiveSlice(channel, 6, 10))).as("cut short by the file's end").isEqualTo("6789");
            assertThat(readAll(new ArchiveSlice(channel, 4, 0))).isEmpty();
            assertThat(channel.position()).as("the channel's own position is never moved").isZero();
        }
    }

    private static String readAll(InputStream slice) throws IOException {
        return new String(slice.readAllBytes(), StandardCharsets.US_ASCII);
    }

    private static BundleArchive open(Path file) throws IOException {
        return BundleArchive.open(file, 1_000, VerificationDeadline.after(Duration.ofMinutes(1)));
    }

    private static ZipEntry storedEntry(String name, byte[] content) {
        ZipEntry entry = new ZipEntry(name);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(content.length);
        entry.setCompressedSize(content.length);
        entry.setCrc(crc(content));
        return entry;
    }

    private static long crc(byte[] content) {
        CRC32 crc = new CRC32();
        crc.update(content);
        return crc.getValue();
    }

    private static byte[] random(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    /**
     * A zip of stored entries written byte by byte, as no Java archiver writes one: the local header may carry an extra
     * field the central directory does not (as aligning archivers pad it), and a name may be listed twice.
     */
    private static final class HandWritten {

        private final ByteArrayOutputStream local = new ByteArrayOutputStream();
        private final ByteArrayOutputStream central = new ByteArrayOutputStream();
        private int count;

        HandWritten add(String name, byte[] localExtra, byte[] content) {
            byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
            int offset = local.size();
            ByteBuffer header = little(30 + nameBytes.length + localExtra.length);
            header.putInt(0x04034b50).putShort((short) 10).putShort((short) 0x0800).putShort((short) 0).putInt(0)
                    .putInt((int) crc(content)).putInt(content.length).putInt(content.length)
                    .putShort((short) nameBytes.length).putShort((short) localExtra.length).put(nameBytes).put(localExtra);
            local.writeBytes(header.array());
            local.writeBytes(content);
            ByteBuffer record = little(46 + nameBytes.length);
            record.putInt(0x02014b50).putShort((short) 20).putShort((short) 10).putShort((short) 0x0800)
                    .putShort((short) 0).putInt(0).putInt((int) crc(content)).putInt(content.length)
                    .putInt(content.length).putShort((short) nameBytes.length).putShort((short) 0).putShort((short) 0)
                    .putShort((short) 0).putShort((short) 0).putInt(0).putInt(offset).put(nameBytes);
            central.writeBytes(record.array());
            count++;
            return this;
        }

        byte[] bytes() {
            ByteBuffer end = little(22);
            end.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) count)
                    .putShort((short) count).putInt(central.size()).putInt(local.size()).putShort((short) 0);
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            all.writeBytes(local.toByteArray());
            all.writeBytes(central.toByteArray());
            all.writeBytes(end.array());
            return all.toByteArray();
        }

        private static ByteBuffer little(int size) {
            return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
        }
    }
}
