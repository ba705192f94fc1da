package org.evidencedesk.evidence;

import static java.nio.file.StandardCopyOption.ATOMIC_MOVE;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.evidencedesk.shared.StaleFiles;

/**
 * The blob store on a local POSIX file system. Content lives at {@code root/sha256/ab/cd/<hex>} (ab and cd are
 * the first two pairs of hex digits, so each directory holds about one blob in 65,536 and none grows unwieldy)
 * and is owner-read-only once it has its name. Uploads are written to {@code root/tmp} first: the same file system, so the final rename
 * is atomic and a blob under its name is always complete. Safe for concurrent use.
 *
 * <p>Write-once rests on file permissions, so the server must not run as root, who ignores them.
 */
public final class FileSystemBlobStore implements BlobStore {

    private static final Set<PosixFilePermission> READ_ONLY = PosixFilePermissions.fromString("r--------");

    private final Path blobs;
    private final Path temporary;
    private final Clock clock;
    private final Sm3Lanes lanes;

    /** Opens the store under {@code root}, creating its directories if they are missing; its SM3 without a limit. */
    public FileSystemBlobStore(Path root, Clock clock) throws IOException {
        this(root, clock, Sm3Lanes.UNBOUNDED);
    }

    /**
     * Opens the store under {@code root}, creating its directories if they are missing.
     *
     * @param lanes shared by every upload and re-hash of this store (see {@link Sm3Lanes})
     */
    public FileSystemBlobStore(Path root, Clock clock, Sm3Lanes lanes) throws IOException {
        Path base = root.toAbsolutePath().normalize();
        this.lanes = Objects.requireNonNull(lanes, "lanes");
        this.blobs = Files.createDirectories(base.resolve("sha256"));
        this.temporary = Files.createDirectories(base.resolve("tmp"));
        this.clock = Objects.requireNonNull(clock, "clock");
        if (!Files.getFileStore(blobs).supportsFileAttributeView(PosixFileAttributeView.class)) {
            // Write-once rests on file permissions; a store that cannot set them must not pretend to be one.
            throw new IOException("The blob store at " + base + " needs a file system with POSIX permissions");
        }
    }

    public FileSystemBlobStore(Path root) throws IOException {
        this(root, Clock.systemUTC());
    }

    @Override
    public StoredBlob store(InputStream content, long limit) throws IOException {
        return store(content, limit, null);
    }

    @Override
    public StoredBlob store(InputStream content, long limit, String expectedSha256) throws IOException {
        DigestingCopy copy = new DigestingCopy(limit, lanes);
        Path part = Files.createTempFile(temporary, "upload-", ".part");
        try {
            return keep(part, content, copy, expectedSha256);
        } catch (Throwable failure) {
            // Whatever went wrong (client gone, too long, empty, disk full), the half-written file goes with it.
            try {
                Files.deleteIfExists(part);
            } catch (IOException e) {
                failure.addSuppressed(e);
            }
            throw failure;
        }
    }

    @Override
    public Path newTemporaryFile() {
        return temporary.resolve("upload-" + UUID.randomUUID() + ".part");
    }

    @Override
    public StoredBlob adopt(Path temporaryFile, long limit) throws IOException {
        Path part = temporaryFile.toAbsolutePath().normalize();
        if (!temporary.equals(part.getParent())) {
            // Only files handed out by newTemporaryFile: anything else may belong to someone else.
            throw new IllegalArgumentException("Not a temporary file of this store: " + part.getFileName());
        }
        try {
            ContentDigest digest;
            try (FileChannel channel = FileChannel.open(part, StandardOpenOption.READ)) {
                digest = new DigestingCopy(limit, lanes).digest(Channels.newInputStream(channel));
                if (digest.size() == 0) {
                    throw new EmptyUploadException();
                }
                // Whoever wrote the file did not force it; a named blob must be complete after a power cut.
                channel.force(true);
            }
            return name(part, digest);
        } catch (Throwable failure) {
            try {
                Files.deleteIfExists(part);
            } catch (IOException e) {
                failure.addSuppressed(e);
            }
            throw failure;
        }
    }

    private StoredBlob keep(Path part, InputStream content, DigestingCopy copy, String expectedSha256) throws IOException {
        ContentDigest digest;
        try (FileChannel channel = FileChannel.open(part, StandardOpenOption.WRITE)) {
            digest = copy.copy(content, channel);
            if (digest.size() == 0) {
                throw new EmptyUploadException();
            }
            if (expectedSha256 != null && !expectedSha256.equals(digest.sha256())) {
                // Before it has a name: content its sender did not mean is never in the store.
                throw new ContentMismatchException(expectedSha256, digest.sha256());
            }
            // On disk before it has a name: after a power cut a named blob is complete, never a torn file.
            channel.force(true);
        }
        return name(part, digest);
    }

    /** Gives a complete temporary file, already forced to disk, its content address. */
    private StoredBlob name(Path part, ContentDigest digest) throws IOException {
        Path target = pathOf(digest.sha256());
        if (Files.exists(target)) {
            // Same SHA-256, same content: the copy already kept stays, untouched. Its directories are forced again,
            // in case the upload that named it died between its rename and forcing them: evidence about to name
            // this blob must not outlive it on a power cut.
            Files.delete(part);
            forceDirectoriesOf(target);
            return new StoredBlob(digest, false);
        }
        // Read-only before the rename, so the blob is never writable under its name. Two identical uploads racing
        // past the check above both rename; the second replaces identical, already read-only bytes.
        Files.setPosixFilePermissions(part, READ_ONLY);
        Files.createDirectories(target.getParent());
        Files.move(part, target, ATOMIC_MOVE);
        // The rename is only durable once the directories holding the new entries are; failing here leaves a
        // complete, correctly named blob that a retry finds.
        forceDirectoriesOf(target);
        return new StoredBlob(digest, true);
    }

    private void forceDirectoriesOf(Path target) throws IOException {
        for (Path directory = target.getParent(); directory.startsWith(blobs); directory = directory.getParent()) {
            force(directory);
        }
    }

    @Override
    public boolean exists(String sha256) {
        return Files.isRegularFile(pathOf(sha256));
    }

    @Override
    public InputStream open(String sha256) throws IOException {
        return Files.newInputStream(pathOf(sha256));
    }

    @Override
    public SeekableByteChannel openChannel(String sha256) throws IOException {
        return FileChannel.open(pathOf(sha256), StandardOpenOption.READ);
    }

    @Override
    public ContentDigest rehash(String sha256) throws IOException {
        try (InputStream in = open(sha256)) {
            return DigestingCopy.unlimited(lanes).digest(in);
        }
    }

    @Override
    public int sweepTemporaryFiles(Duration age) throws IOException {
        // An upload stalled longer than the age loses its file; its own move then fails, and it leaves nothing.
        return StaleFiles.removeWrittenBefore(temporary, "*", clock.instant().minus(age));
    }

    @Override
    public Stream<Kept> kept() throws IOException {
        // Exactly the layout pathOf makes, sha256/ab/cd/<hex>: anything else found under the store is not a blob.
        return Files.find(blobs, 3, (file, attributes) -> attributes.isRegularFile() && isBlobPath(file))
                .map(FileSystemBlobStore::describe)
                .flatMap(Optional::stream);
    }

    private boolean isBlobPath(Path file) {
        String name = file.getFileName().toString();
        return ContentDigest.isHex256(name) && file.equals(pathOf(name));
    }

    /** The blob at {@code file}, or nothing when it went while the store was being listed. */
    private static Optional<Kept> describe(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return Optional.of(new Kept(file.getFileName().toString(), attributes.lastModifiedTime().toInstant(), attributes.size()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Override
    public boolean remove(String sha256) throws IOException {
        Path blob = pathOf(sha256);
        if (!Files.deleteIfExists(blob)) {
            return false;
        }
        // Gone for good only once its directory says so; otherwise a power cut could bring back a blob the
        // clean-up reported removed.
        force(blob.getParent());
        return true;
    }

    /** Where content with this SHA-256 lives, whether or not it is there. */
    Path pathOf(String sha256) {
        if (!ContentDigest.isHex256(sha256)) {
            // The argument may come from a request: say what is wrong without echoing it into a log.
            throw new IllegalArgumentException("Not a SHA-256 in lowercase hex ("
                    + (sha256 == null ? "null" : sha256.length() + " characters") + ")");
        }
        return blobs.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    private static void force(Path directory) throws IOException {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }
}
