package org.evidencedesk.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.evidencedesk.shared.BusinessException;

/**
 * When each blob was last uploaded, and the lock that keeps registration and clean-up apart. Every upload
 * notes its time here; a blob that no evidence or ruling names is removed only once its last upload is older
 * than the grace period. The blob's row is the lock: registering evidence holds it from before checking the blob
 * is there until its commit, and the clean-up holds it from its last check until the file and the row are gone.
 * A database row lock rather than one in this JVM, because several nodes share one store.
 */
@ApplicationScoped
public class BlobUploads {

    @PersistenceContext(unitName = "evidencedesk")
    private EntityManager entityManager;

    @Inject
    private BlobUploadRows rows;

    @Inject
    private BlobStore blobs;

    @Inject
    private Clock clock;

    /**
     * Notes that the blob was uploaded just now, so its grace starts again, and checks that it is still there: the
     * clean-up may have removed an identical earlier upload at the very moment the store found it already kept.
     */
    @Transactional
    public void received(String sha256) {
        Instant now = clock.instant();
        if (!hold(sha256, now)) {
            throw new BusinessException("evidence.upload.interrupted");
        }
        entityManager.createNativeQuery("update blob_upload set received_at = ?2 where sha256 = ?1")
                .setParameter(1, sha256)
                .setParameter(2, now)
                .executeUpdate();
        if (!blobs.exists(sha256)) {
            throw new BusinessException("evidence.upload.interrupted");
        }
    }

    /**
     * Holds the blob's row in the caller's transaction, which is about to register evidence naming the blob: a
     * clean-up removing it finishes first (and the caller then finds no blob), one coming later waits for the
     * commit and then finds the blob named.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void holdForRegistration(String sha256) {
        if (!hold(sha256, clock.instant())) {
            throw new BusinessException("evidence.upload.interrupted");
        }
    }

    /**
     * Locks the blob's row, creating it first with {@code receivedAt} when it has none (uploads from before these
     * rows, or cut off between the store and the row); false when the row went before the lock was had.
     */
    boolean hold(String sha256, Instant receivedAt) {
        try {
            rows.createIfMissing(sha256, receivedAt);
        } catch (RuntimeException raced) {
            // Another transaction inserted the same row at the same moment: it is there, which is all this wanted.
        }
        return !entityManager.createNativeQuery("select sha256 from blob_upload where sha256 = ?1 for update")
                .setParameter(1, sha256)
                .getResultList().isEmpty();
    }

    /** Whether the held row says the blob was last uploaded before {@code cutoff}. */
    boolean uploadedBefore(String sha256, Instant cutoff) {
        return ((Number) entityManager.createNativeQuery("select count(*) from blob_upload where sha256 = ?1 and received_at < ?2")
                .setParameter(1, sha256)
                .setParameter(2, cutoff)
                .getSingleResult()).longValue() > 0;
    }

    /** Whether any evidence item, ruling or renewed ruling names the blob: a named blob is never removed. */
    boolean named(String sha256) {
        return count("select count(*) from evidence_item where sha256 = ?1", sha256)
                + count("select count(*) from ruling where pdf_sha256 = ?1", sha256)
                + count("select count(*) from signature_renewal where pdf_sha256 = ?1", sha256) > 0;
    }

    void forget(String sha256) {
        entityManager.createNativeQuery("delete from blob_upload where sha256 = ?1").setParameter(1, sha256).executeUpdate();
    }

    /** Blobs whose last upload is older than {@code cutoff}, a page at a time in SHA-256 order. */
    @SuppressWarnings("unchecked")
    List<String> uploadedBefore(Instant cutoff, String after, int limit) {
        return entityManager.createNativeQuery("select sha256 from blob_upload where received_at < ?1 and sha256 > ?2 order by sha256")
                .setParameter(1, cutoff)
                .setParameter(2, after)
                .setMaxResults(limit)
                .getResultList();
    }

    private long count(String query, String sha256) {
        return ((Number) entityManager.createNativeQuery(query).setParameter(1, sha256).getSingleResult()).longValue();
    }
}
