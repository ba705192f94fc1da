package org.evidencedesk.archive;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The renewals of stored signatures and their due times. Answers what every reader of a signature asks (the current
 * version: the newest renewal, else the original) and what the renewal job asks (the signatures due before a time,
 * earliest first, a page at a time: an installation may hold a million, so nothing here loads them all).
 */
@ApplicationScoped
public class SignatureRenewals {

    @PersistenceContext(unitName = "evidencedesk")
    private EntityManager entityManager;

    /** The newest renewal of a stored signature; empty while the original is current. */
    @Transactional
    public Optional<RenewedSignature> newest(SignatureKind kind, long subjectId) {
        return entityManager.createQuery("select r from RenewedSignature r where r.kind = :kind and r.subjectId = :subject"
                        + " order by r.sequence desc", RenewedSignature.class)
                .setParameter("kind", kind)
                .setParameter("subject", subjectId)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    /**
     * The current version of a receipt's or a checkpoint's signature: the newest renewal, else {@code original}.
     *
     * @throws IllegalArgumentException for a ruling, whose current version is a PDF ({@link #newest})
     */
    @Transactional
    public byte[] currentSignature(SignatureKind kind, long subjectId, byte[] original) {
        if (kind == SignatureKind.RULING) {
            throw new IllegalArgumentException("A ruling's current version is a PDF");
        }
        return newest(kind, subjectId).flatMap(RenewedSignature::signature).orElse(original);
    }

    /**
     * The newest renewed signature of each of {@code subjectIds}, all of one case, that has one; the others are absent
     * from the map. One query of the case's renewals of this kind (the index {@code ix_signature_renewal_case}), kept to
     * the subjects asked for: a bundle of 10,000 items asked by their ids, 500 at a time, took 20 queries and a
     * quarter of a second, most cases having no renewal at all.
     */
    @Transactional
    public Map<Long, byte[]> newestSignaturesInCase(SignatureKind kind, long caseId, Collection<Long> subjectIds) {
        Set<Long> asked = Set.copyOf(subjectIds);
        Map<Long, byte[]> newest = new HashMap<>();
        entityManager.createQuery("select r from RenewedSignature r where r.kind = :kind and r.caseId = :caseId"
                        + " and r.sequence = (select max(s.sequence) from RenewedSignature s"
                        + " where s.kind = r.kind and s.subjectId = r.subjectId)", RenewedSignature.class)
                .setParameter("kind", kind)
                .setParameter("caseId", caseId)
                .getResultStream()
                .filter(renewed -> asked.contains(renewed.getSubjectId()))
                .forEach(renewed -> renewed.signature().ifPresent(signature -> newest.put(renewed.getSubjectId(), signature)));
        return newest;
    }

    /** Whether the job has seen this signature yet (and so knows when it is due). */
    @Transactional
    public Optional<DueRenewal> due(SignatureKind kind, long subjectId) {
        return dueRow(kind, subjectId).map(SignatureDue::due);
    }

    /** Records when a signature seen for the first time is due; its original stays where it is. */
    @Transactional(Transactional.TxType.MANDATORY)
    public DueRenewal schedule(SignatureKind kind, long subjectId, long caseId, Instant renewBy) {
        SignatureDue due = new SignatureDue(kind, subjectId, caseId, renewBy);
        entityManager.persist(due);
        entityManager.flush();
        return due.due();
    }

    /**
     * Stores a renewed receipt or checkpoint signature as the next in its sequence and moves its due time on.
     *
     * @throws OptimisticLockException when another renewal of the same signature came first
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public RenewedSignature renewed(DueRenewal due, byte[] signature, String signatureSha256, Instant renewedAt, Instant renewBy) {
        return keep(due, RenewedSignature.ofSignature(due, signature, signatureSha256, renewedAt, renewBy));
    }

    /** Stores a renewed ruling, whose PDF the caller has put in the blob store, and moves its due time on. */
    @Transactional(Transactional.TxType.MANDATORY)
    public RenewedSignature renewedPdf(DueRenewal due, String pdfSha256, long pdfSize, Instant renewedAt, Instant renewBy) {
        return keep(due, RenewedSignature.ofPdf(due, pdfSha256, pdfSize, renewedAt, renewBy));
    }

    private RenewedSignature keep(DueRenewal due, RenewedSignature renewed) {
        SignatureDue row = dueRow(due.kind(), due.subjectId())
                .orElseThrow(() -> new IllegalStateException(due.kind() + " " + due.subjectId() + " has no due time to move on"));
        if (row.due().renewals() != due.renewals()) {
            throw new OptimisticLockException(due.kind() + " " + due.subjectId() + " was renewed meanwhile");
        }
        row.renewed(renewed.getSequence(), renewed.getRenewBy());
        entityManager.persist(renewed);
        entityManager.flush();
        return renewed;
    }

    /**
     * The signatures due before {@code limit}, earliest first, at most {@code size} of them after {@code after} (the
     * last of the previous page; empty for the first): pages by key, so one that failed and stays due does not come
     * round again in the same pass.
     */
    @Transactional
    public List<DueRenewal> dueBefore(Instant limit, Optional<DueRenewal> after, int size) {
        String afterClause = after.isPresent() ? " and (d.renewBy > :afterDue or (d.renewBy = :afterDue and d.id > :afterId))" : "";
        var query = entityManager.createQuery("select d from SignatureDue d where d.renewBy < :limit" + afterClause
                        + " order by d.renewBy, d.id", SignatureDue.class)
                .setParameter("limit", limit)
                .setMaxResults(size);
        after.ifPresent(last -> query.setParameter("afterDue", last.renewBy()).setParameter("afterId", last.id()));
        List<DueRenewal> page = new ArrayList<>();
        query.getResultStream().forEach(row -> page.add(row.due()));
        return page;
    }

    /** The earliest due time across the installation, of the signatures the job has seen. */
    @Transactional
    public Optional<Instant> earliestDue() {
        return Optional.ofNullable(entityManager.createQuery("select min(d.renewBy) from SignatureDue d", Instant.class)
                .getSingleResult());
    }

    /** How many signatures are due before {@code limit}. */
    @Transactional
    public long countDueBefore(Instant limit) {
        return entityManager.createQuery("select count(d) from SignatureDue d where d.renewBy < :limit", Long.class)
                .setParameter("limit", limit)
                .getSingleResult();
    }

    private Optional<SignatureDue> dueRow(SignatureKind kind, long subjectId) {
        return entityManager.createQuery("select d from SignatureDue d where d.kind = :kind and d.subjectId = :subject",
                        SignatureDue.class)
                .setParameter("kind", kind)
                .setParameter("subject", subjectId)
                .getResultStream().findFirst();
    }
}
