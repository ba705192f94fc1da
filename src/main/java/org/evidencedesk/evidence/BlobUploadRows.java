package org.evidencedesk.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * Creates a blob's upload row in a transaction of its own, so that the callers can then lock it in theirs. Apart
 * from {@link BlobUploads} because a transaction of its own needs a call through the container.
 */
@ApplicationScoped
class BlobUploadRows {

    @PersistenceContext(unitName = "evidencedesk")
    private EntityManager entityManager;

    /**
     * Inserts the row unless it is there. Two callers racing to insert the same row make one of them fail with a
     * duplicate key, which {@link BlobUploads} expects and ignores: the row is there either way.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void createIfMissing(String sha256, Instant receivedAt) {
        entityManager.createNativeQuery("insert into blob_upload (sha256, received_at) select ?1, ?2"
                        + " where not exists (select 1 from blob_upload where sha256 = ?1)")
                .setParameter(1, sha256)
                .setParameter(2, receivedAt)
                .executeUpdate();
    }
}
