package org.evidencedesk.evidence;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.channels.FileChannel;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class FileSystemBlobStoreTest {

    private static final long MiB = 1 << 20;
    private static final String ABC_SHA256 = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
    private static final String ABC_SM3 = "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0";

    @TempDir
    Path root;

    private FileSystemBlobStore store;

    @BeforeEach
    void openStore() throws IOException {
        store = new FileSystemBlobStore(root);
    }

    @Test
    void contentIsKeptUnderItsSha256WithBothDigests() throws IOException {
        StoredBlob stored = store.store(bytes("abc"), 1000);

        assertThat(stored).isEqualTo(new StoredBlob(new ContentDigest(ABC_SHA256, ABC_SM3, 3), true));
        Path blob = root.resolve("sha256/ba/78/" + ABC_SHA256);
        assertThat(blob).hasContent("abc");
        assertThat(store.exists(ABC_SHA256)).isTrue();
        try (InputStream in = store.open(ABC_SHA256)) {
            assertThat(in.readAllBytes()).isEqualTo("abc".getBytes(US_ASCII));
        }
        assertThat(temporaryFiles()).isEmpty();
    }

    @Test
    void contentWhoseSha256IsNotTheAnnouncedOneLeavesNothingBehind() throws IOException {
        String announced = "0".repeat(64);

        assertThatThrownBy(() -> store.store(bytes("abc"), 1000, announced))
                .isInstanceOf(ContentMismatchException.class)
                .satisfies(e -> assertThat(((ContentMismatchException) e).received()).isEqualTo(ABC_SHA256));
        assertThat(store.exists(ABC_SHA256)).isFalse();
        assertThat(blobs()).isEmpty();
        assertThat(temporaryFiles()).isEmpty();

        assertThat(store.store(bytes("abc"), 1000, ABC_SHA256).newlyStored()).isTrue();
    }

    @Test
    void identicalContentIsStoredOnce() throws IOException {
        StoredBlob first = store.store(GeneratedStream.of(2 * MiB, 7), 10 * MiB);
        Path blob = store.pathOf(first.digest().sha256());
        FileTime written = Files.getLastModifiedTime(blob);

        StoredBlob second = store.store(GeneratedStream.of(2 * MiB, 7), 10 * MiB);

        assertThat(first.newlyStored()).isTrue();
        assertThat(second).isEqualTo(new StoredBlob(first.digest(), false));
        assertThat(blobs()).containsExactly(blob);
        assertThat(Files.getLastModifiedTime(blob)).isEqualTo(written);
        assertThat(temporaryFiles()).isEmpty();
    }

    @Test
    void aBlobIsReadableByItsOwnerOnly() throws IOException {
        StoredBlob stored = store.store(bytes("abc"), 1000);

        // Permissions, not Files.isWritable: tests may run as root, who may write anything.
        assertThat(Files.getPosixFilePermissions(store.pathOf(stored.digest().sha256())))
                .isEqualTo(PosixFilePermissions.fromString("r--------"));
    }

    @Test
    void aClientCutOffMidStreamLeavesNothing() {
        GeneratedStream cutOff = GeneratedStream.cutOffAfter(3 * MiB + 5, 10 * MiB);

        assertThatThrownBy(() -> store.store(cutOff, 100 * MiB))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("Connection reset");
        assertThat(cutOff.delivered()).isEqualTo(3 * MiB + 5);
        assertThat(temporaryFiles()).isEmpty();
        assertThat(blobs()).isEmpty();
    }

    @Test
    void aFileAlreadyOnDiskIsAdoptedByRenameWithBothDigestsAndReadOnly() throws IOException {
        Path upload = Files.writeString(store.newTemporaryFile(), "abc", US_ASCII);
        Object fileKey = Files.readAttributes(upload, java.nio.file.attribute.BasicFileAttributes.class).fileKey();

        StoredBlob stored = store.adopt(upload, 1000);

        assertThat(stored).isEqualTo(new StoredBlob(new ContentDigest(ABC_SHA256, ABC_SM3, 3), true));
        Path blob = root.resolve("sha256/ba/78/" + ABC_SHA256);
        assertThat(blob).hasContent("abc");
        assertThat(Files.readAttributes(blob, java.nio.file.attribute.BasicFileAttributes.class).fileKey())
                .as("the same file, renamed, not a copy").isEqualTo(fileKey);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(blob))).isEqualTo("r--------");
        assertThat(temporaryFiles()).isEmpty();
    }

    @Test
    void anAdoptedFileThatIsTooLargeOrEmptyIsRefusedAndRemoved() throws IOException {
        Path tooLarge = Files.write(store.newTemporaryFile(), new byte[1001]);
        Path empty = Files.write(store.newTemporaryFile(), new byte[0]);

        assertThatThrownBy(() -> store.adopt(tooLarge, 1000)).isInstanceOf(UploadTooLargeException.class);
        assertThatThrownBy(() -> store.adopt(empty, 1000)).isInstanceOf(EmptyUploadException.class);
        assertThat(temporaryFiles()).isEmpty();
        assertThat(blobs()).isEmpty();
    }

    @Test
    void onlyFilesInTheStoresTemporaryDirectoryAreAdopted() throws IOException {
        Path elsewhere = Files.writeString(root.resolve("elsewhere.txt"), "abc", US_ASCII);

        assertThatThrownBy(() -> store.adopt(elsewhere, 1000)).isInstanceOf(IllegalArgumentException.class);
        assertThat(elsewhere).hasContent("abc");
        assertThat(blobs()).isEmpty();
    }

    @Test
    void tooLargeContentStopsEarlyAndLeavesNothing() {
        GeneratedStream huge = GeneratedStream.of(1L << 40);

        assertThatThrownBy(() -> store.store(huge, 8 * MiB))
                .isInstanceOfSatisfying(UploadTooLargeException.class, e -> assertThat(e.limit()).isEqualTo(8 * MiB));
        assertThat(huge.delivered()).isEqualTo(8 * MiB + 1);
        assertThat(temporaryFiles()).isEmpty();
        assertThat(blobs()).isEmpty();
    }

    @Test
    void emptyContentIsRefusedAndLeavesNothing() {
        assertThatThrownBy(() -> store.store(InputStream.nullInputStream(), 1000))
                .isInstanceOf(EmptyUploadException.class);
        assertThat(temporaryFiles()).isEmpty();
        assertThat(blobs()).isEmpty();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {
        "",
        "../../../../etc/passwd",
        "BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD",
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015a",
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad0",
        "ba/816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015a\n"
    })
    void anythingButLowercaseHexSha256IsRefused(String sha256) {
        assertThatThrownBy(() -> store.open(sha256)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.exists(sha256)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.rehash(sha256)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.openChannel(sha256)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void storedContentIsReadAtAnyPositionThroughAChannelThatCannotWrite() throws IOException {
        store.store(bytes("abc"), 1000);

        try (var channel = store.openChannel(ABC_SHA256)) {
            ByteBuffer last = ByteBuffer.allocate(2);
            channel.position(1).read(last);
            assertThat(last.array()).isEqualTo("bc".getBytes(US_ASCII));
            assertThat(channel.size()).isEqualTo(3);
            assertThatThrownBy(() -> channel.write(ByteBuffer.wrap(new byte[] {'x'})))
                    .isInstanceOf(java.nio.channels.NonWritableChannelException.class);
        }
        assertThat(root.resolve("sha256/ba/78/" + ABC_SHA256)).hasContent("abc");
    }

    @Test
    void missingContentIsReportedAsMissing() {
        assertThat(store.exists(ABC_SHA256)).isFalse();
        assertThatThrownBy(() -> store.open(ABC_SHA256)).isInstanceOf(NoSuchFileException.class);
        assertThatThrownBy(() -> store.openChannel(ABC_SHA256)).isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void rehashConfirmsIntactContentAndDetectsAChangedByte() throws IOException {
        ContentDigest original = store.store(GeneratedStream.of(3 * MiB), 10 * MiB).digest();
        assertThat(store.rehash(original.sha256())).isEqualTo(original);

        Path blob = store.pathOf(original.sha256());
        Files.setPosixFilePermissions(blob, PosixFilePermissions.fromString("rw-------"));
        try (FileChannel channel = FileChannel.open(blob, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            ByteBuffer one = ByteBuffer.allocate(1);
            channel.read(one, 2 * MiB);
            one.put(0, (byte) (one.get(0) ^ 0x01)).rewind();
            channel.write(one, 2 * MiB);
        }

        ContentDigest after = store.rehash(original.sha256());
        assertThat(after.size()).isEqualTo(original.size());
        assertThat(after.sha256()).isNotEqualTo(original.sha256());
        assertThat(after.sm3()).isNotEqualTo(original.sm3());
    }

    @Test
    void sweepingRemovesOnlyTemporaryFilesOlderThanTheAge() throws IOException {
        Path abandoned = Files.write(root.resolve("tmp/upload-1.part"), new byte[10]);
        Files.setLastModifiedTime(abandoned, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        Path inProgress = Files.write(root.resolve("tmp/upload-2.part"), new byte[10]);

        assertThat(store.sweepTemporaryFiles(Duration.ofMinutes(30))).isEqualTo(1);

        assertThat(temporaryFiles()).containsExactly(inProgress);
    }

    @Test
    void everyKeptBlobIsListedWithItsSizeAndAgeAndCanBeRemovedOnlyByItsName() throws IOException {
        String abc = store.store(bytes("abc"), 1000).digest().sha256();
        String other = store.store(bytes("another content"), 1000).digest().sha256();
        Files.setLastModifiedTime(store.pathOf(other), FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));
        // Not a blob: nothing whose name is not a SHA-256 is listed, so nothing else can be removed through it.
        Files.write(root.resolve("sha256/ba/78/notes.txt"), new byte[3]);

        List<BlobStore.Kept> kept;
        try (Stream<BlobStore.Kept> all = store.kept()) {
            kept = all.sorted(java.util.Comparator.comparing(BlobStore.Kept::sha256)).toList();
        }

        assertThat(kept).extracting(BlobStore.Kept::sha256).containsExactlyInAnyOrder(abc, other);
        assertThat(kept).filteredOn(blob -> blob.sha256().equals(other)).singleElement()
                .satisfies(blob -> assertThat(blob.writtenAt()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z")))
                .satisfies(blob -> assertThat(blob.size()).isEqualTo(15));
        assertThat(store.remove(other)).isTrue();
        assertThat(store.exists(other)).isFalse();
        assertThat(store.remove(other)).as("already gone").isFalse();
        assertThat(store.exists(abc)).isTrue();
        assertThat(root.resolve("sha256/ba/78/notes.txt")).exists();
    }

    @Test
    void aLargeStreamIsStoredWithFlatMemory() throws IOException {
        long size = 512 * MiB;
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long allocatedBefore = threads.getCurrentThreadAllocatedBytes();

        StoredBlob stored = store.store(GeneratedStream.of(size), 1L << 30);

        // Heap allocated by this thread during the whole store: one buffer and small change, not the content.
        long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
        assertThat(allocated).isLessThan(16 * MiB);
        assertThat(stored.digest().size()).isEqualTo(size);
        assertThat(Files.size(store.pathOf(stored.digest().sha256()))).isEqualTo(size);
    }

    private static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(US_ASCII));
    }

    private List<Path> temporaryFiles() {
        return filesUnder(root.resolve("tmp"));
    }

    private List<Path> blobs() {
        return filesUnder(root.resolve("sha256"));
    }

    private static List<Path> filesUnder(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
