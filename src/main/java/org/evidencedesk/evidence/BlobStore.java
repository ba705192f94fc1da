package org.evidencedesk.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;

/**
 * Where evidence content is kept: content-addressed by SHA-256 and write-once. Content is only ever added,
 * never changed; identical content is kept once. The one removal is of uploads that no evidence names
 * ({@link #remove}), by the clean-up that holds their upload row.
 *
 * <p>Every method taking a {@code sha256} refuses anything but 64 lowercase hex characters with an
 * {@link IllegalArgumentException}, so a digest from a request can never name another file.
 */
public interface BlobStore {

    /**
     * Reads {@code content} once, to its end, and keeps it; the stream is not closed. When the stream fails (a
     * client cut off mid-upload), the content is too long or empty, or the disk fails, the call leaves neither a
     * temporary file nor partial content behind. Empty content is refused here rather than by each caller, so
     * the store never holds an empty blob.
     *
     * @param limit the most bytes the content may have
     * @throws UploadTooLargeException when the content has more than {@code limit} bytes; the rest is not read
     * @throws EmptyUploadException when the content has no bytes
     * @throws IOException when reading the content or writing the store fails
     */
    StoredBlob store(InputStream content, long limit) throws IOException;

    /**
     * As {@link #store(InputStream, long)}, but keeps the content only when its SHA-256 is the one its sender announced:
     * otherwise nothing is left behind, not even under the content's own address.
     *
     * @throws ContentMismatchException when the content's SHA-256 is not {@code expectedSha256}
     */
    StoredBlob store(InputStream content, long limit, String expectedSha256) throws IOException;

    /**
     * A fresh path in the store's own temporary directory, for content another component has already written
     * to disk (the servlet container's copy of an upload) to be moved to and then {@link #adopt adopted}.
     * On the store's file system, so such a move is a rename, not a copy.
     */
    java.nio.file.Path newTemporaryFile();

    /**
     * Keeps a file that lies at a path from {@link #newTemporaryFile}, without copying it: reads it once for
     * both digests, forces it to disk and renames it to its content address. Whatever goes wrong, the file
     * is gone afterwards; the guarantees and exceptions are those of {@link #store}.
     */
    StoredBlob adopt(java.nio.file.Path temporaryFile, long limit) throws IOException;

    /** Whether content with this SHA-256 is in the store. */
    boolean exists(String sha256);

    /**
     * Opens stored content for reading; the caller closes the stream.
     *
     * @throws java.nio.file.NoSuchFileException when no content has this SHA-256
     */
    InputStream open(String sha256) throws IOException;

    /**
     * Opens stored content for reading at any position, as a PDF is read (from its end first); the caller
     * closes the channel.
     *
     * @throws java.nio.file.NoSuchFileException when no content has this SHA-256
     */
    java.nio.channels.SeekableByteChannel openChannel(String sha256) throws IOException;

    /**
     * Reads stored content again and computes both digests anew, for the integrity sweep: a result that differs
     * from {@code sha256} or from the recorded SM3 and size means the stored bytes changed.
     *
     * @throws java.nio.file.NoSuchFileException when no content has this SHA-256
     */
    ContentDigest rehash(String sha256) throws IOException;

    /**
     * Removes temporary files left by uploads that never finished (the server stopped mid-upload) and that
     * were last written more than {@code age} ago. Uploads in progress write continually, so an age of some
     * minutes spares them.
     *
     * @return how many files were removed
     */
    int sweepTemporaryFiles(Duration age) throws IOException;

    /** A blob in the store: its SHA-256, when it was last written (the end of its first upload) and its size. */
    record Kept(String sha256, java.time.Instant writtenAt, long size) {
    }

    /**
     * Every blob in the store, read lazily from disk; the caller closes the stream. Only files named by a SHA-256
     * are listed, so nothing else under the store can be handed to {@link #remove}.
     */
    java.util.stream.Stream<Kept> kept() throws IOException;

    /**
     * Removes a blob, for the clean-up of uploads no evidence names, which calls it only while it holds that
     * blob's upload row, so no registration can name the blob at the same time.
     *
     * @return whether there was a blob to remove
     */
    boolean remove(String sha256) throws IOException;
}
