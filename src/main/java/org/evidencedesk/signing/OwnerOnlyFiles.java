package org.evidencedesk.signing;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes the files that hold keys, passwords and serial numbers: readable by the owner only, and
 * replaced atomically after an fsync, so a crash leaves either the old content or the new, never half.
 */
final class OwnerOnlyFiles {

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private OwnerOnlyFiles() {
    }

    /** Creates {@code target} with this content, or throws {@link FileAlreadyExistsException} if it exists. */
    static void createNew(Path target, byte[] content) throws IOException {
        Path temp = durableTempCopy(target, content);
        try {
            // A hard link fails if the target exists, where a rename would silently replace it: two servers
            // starting together on one data directory must not overwrite each other's keys.
            Files.createLink(target, temp);
            syncDirectory(target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Creates or replaces {@code target} with this content. */
    static void replace(Path target, byte[] content) throws IOException {
        Path temp = durableTempCopy(target, content);
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            syncDirectory(target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Creates {@code directory} (owner-only) if it is missing; an existing one is left as the operator made it. */
    static void createDirectory(Path directory) throws IOException {
        if (Files.isDirectory(directory)) {
            return;
        }
        Path parent = directory.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try {
            Files.createDirectory(directory, permissions("rwx------"));
        } catch (FileAlreadyExistsException e) {
            if (!Files.isDirectory(directory)) {
                throw e;
            }
        }
    }

    private static Path durableTempCopy(Path target, byte[] content) throws IOException {
        Path directory = target.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(directory, "." + target.getFileName(), ".tmp", permissions("rw-------"));
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        return temp;
    }

    /** Makes the new directory entry itself durable; not every platform can open a directory, and then this is skipped. */
    private static void syncDirectory(Path file) {
        try (FileChannel directory = FileChannel.open(file.toAbsolutePath().getParent(), StandardOpenOption.READ)) {
            directory.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a directory as a channel; its rename is already durable enough for us.
        }
    }

    private static FileAttribute<?>[] permissions(String posix) {
        return POSIX
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(posix))}
                : new FileAttribute<?>[0];
    }
}
