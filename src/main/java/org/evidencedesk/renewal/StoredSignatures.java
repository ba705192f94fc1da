package org.evidencedesk.renewal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.evidencedesk.archive.RenewedSignature;
import org.evidencedesk.archive.SignatureKind;
import org.evidencedesk.archive.SignatureRenewals;
import org.evidencedesk.evidence.BlobStore;

/**
 * Reads the stored signatures the job renews, where each area keeps them: receipts in {@code evidence_item}, checkpoint
 * signatures in {@code custody_checkpoint}, rulings' PDFs in the blob store named by {@code ruling}. Plain reads by id
 * and a page of ids at a time, so that no run loads an installation's million signatures at once; the job reads
 * these tables itself rather than through each area, as the case page's read model does.
 */
@ApplicationScoped
class StoredSignatures {

    @PersistenceContext(unitName = "evidencedesk")
    private EntityManager entityManager;

    @Inject
    private SignatureRenewals renewals;

    @Inject
    private BlobStore blobs;

    /** Signatures of {@code kind} the job has not seen yet (no due time), by id after {@code afterId}: id and case. */
    @Transactional
    @SuppressWarnings("unchecked")
    List<long[]> unseen(SignatureKind kind, long afterId, int size) {
        String table = table(kind);
        List<Object[]> rows = entityManager.createNativeQuery("select s.id, s.case_id from " + table + " s where s.id > ?1"
                        + " and not exists (select 1 from signature_due d where d.kind = ?2 and d.subject_id = s.id) order by s.id")
                .setParameter(1, afterId)
                .setParameter(2, kind.name())
                .setMaxResults(size)
                .getResultList();
        return rows.stream().map(row -> new long[] {((Number) row[0]).longValue(), ((Number) row[1]).longValue()}).toList();
    }

    /** The signature as it stands now: the newest renewal, else the original, with what it covers. */
    @Transactional
    SignedContent current(SignatureKind kind, long subjectId) {
        return switch (kind) {
            case RECEIPT -> detached(kind, subjectId, "select case_id, receipt_signature, receipt_json from evidence_item where id = ?1");
            case CHECKPOINT -> detached(kind, subjectId, "select case_id, signature, statement from custody_checkpoint where id = ?1");
            case RULING -> ruling(subjectId);
        };
    }

    private SignedContent detached(SignatureKind kind, long subjectId, String query) {
        Object[] row = (Object[]) entityManager.createNativeQuery(query).setParameter(1, subjectId).getSingleResult();
        byte[] original = Base64.getDecoder().decode((String) row[1]);
        return new SignedContent(kind, subjectId, ((Number) row[0]).longValue(), kind == SignatureKind.RECEIPT ? subjectId : null,
                renewals.currentSignature(kind, subjectId, original), ((String) row[2]).getBytes(StandardCharsets.UTF_8));
    }

    private SignedContent ruling(long rulingId) {
        Object[] row = (Object[]) entityManager.createNativeQuery("select case_id, pdf_sha256 from ruling where id = ?1")
                .setParameter(1, rulingId).getSingleResult();
        String sha256 = renewals.newest(SignatureKind.RULING, rulingId).flatMap(RenewedSignature::pdfSha256).orElse((String) row[1]);
        try (InputStream in = blobs.open(sha256)) {
            return new SignedContent(SignatureKind.RULING, rulingId, ((Number) row[0]).longValue(), null, in.readAllBytes(), new byte[0]);
        } catch (IOException e) {
            throw new UncheckedIOException("The PDF of ruling " + rulingId + " (" + sha256 + ") cannot be read", e);
        }
    }

    private static String table(SignatureKind kind) {
        return switch (kind) {
            case RECEIPT -> "evidence_item";
            case CHECKPOINT -> "custody_checkpoint";
            case RULING -> "ruling";
        };
    }
}
