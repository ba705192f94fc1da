package org.evidencedesk.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Removes one blob that no evidence names, in a transaction of its own that holds the blob's upload row from
 * the last check to the removal (see {@link BlobUploads}).
 */
@ApplicationScoped
class UnregisteredBlobRemoval {

    @Inject
    private BlobUploads uploads;

    @Inject
    private BlobStore blobs;

    /** Whether evidence or a ruling names the blob, read without a lock, to pass over named blobs cheaply. */
    @Transactional
    public boolean named(String sha256) {
        return uploads.named(sha256);
    }

    /** Blobs whose upload rows are older than {@code cutoff}, a page at a time after {@code after}. */
    @Transactional
    public List<String> rowsBefore(Instant cutoff, String after, int limit) {
        return uploads.uploadedBefore(cutoff, after, limit);
    }

    /**
     * Removes the blob when, with its row held, nothing names it and it was last uploaded before {@code cutoff}; a
     * named blob's row is dropped, as it is no longer needed. A blob without a row (uploaded before there were rows,
     * or cut off between the store and its row) gets one dated {@code writtenAt}, the end of its first upload.
     *
     * @return the size removed, if the blob was removed
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Long> removeIfUnregistered(String sha256, Instant writtenAt, long size, Instant cutoff) {
        if (!uploads.hold(sha256, writtenAt) || !uploads.uploadedBefore(sha256, cutoff)) {
            // Gone already, or uploaded again within the grace: someone may be about to submit it.
            return Optional.empty();
        }
        if (uploads.named(sha256)) {
            uploads.forget(sha256);
            return Optional.empty();
        }
        try {
            boolean removed = blobs.remove(sha256);
            uploads.forget(sha256);
            return removed ? Optional.of(size) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("The unregistered blob " + sha256 + " could not be removed", e);
        }
    }
}
