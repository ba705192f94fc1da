package org.evidencedesk.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.evidencedesk.dispute.Side;

/** The repository of evidence items. */
@ApplicationScoped
public class EvidenceItems {

    @PersistenceContext(unitName = "evidencedesk")
    private EntityManager entityManager;

    public Optional<EvidenceItem> byId(long id) {
        return Optional.ofNullable(entityManager.find(EvidenceItem.class, id));
    }

    public List<EvidenceItem> ofCase(long caseId) {
        return entityManager.createQuery("select e from EvidenceItem e where e.disputeCase.id = :caseId"
                        + " order by e.side, e.exhibitSequence", EvidenceItem.class)
                .setParameter("caseId", caseId)
                .getResultList();
    }

    /** What the integrity sweep re-checks of each item, a page at a time. */
    /** What the integrity sweep re-checks of an item: its stored content's hashes and size, and its token (Base64 DER). */
    public record Fingerprint(long id, long caseId, String exhibitNumber, String sha256, String sm3, long size, String timestampToken) {

        public byte[] timestampTokenBytes() {
            return Base64.getDecoder().decode(timestampToken);
        }
    }

    /** In a transaction of its own when the caller has none: the nightly sweep reads from a scheduler thread. */
    @Transactional
    public List<Fingerprint> fingerprints(long afterId, int limit) {
        return entityManager.createQuery("select new org.evidencedesk.evidence.EvidenceItems$Fingerprint(e.id,"
                        + " e.disputeCase.id, e.exhibitNumber, e.sha256, e.sm3, e.sizeBytes, e.timestampToken) from EvidenceItem e"
                        + " where e.id > :after order by e.id", Fingerprint.class)
                .setParameter("after", afterId)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Marks an item whose stored content no longer matches what was received. */
    @Transactional
    public void flagIntegrityProblem(long id, String problem) {
        byId(id).ifPresent(item -> item.flagIntegrityProblem(problem));
    }

    public List<Long> casesWithEvidence() {
        return entityManager.createQuery("select distinct e.disputeCase.id from EvidenceItem e", Long.class).getResultList();
    }

    /** The next exhibit sequence of a side; call with the case locked, so two intakes never share one. */
    int nextSequence(long caseId, Side side) {
        Integer last = entityManager.createQuery("select max(e.exhibitSequence) from EvidenceItem e"
                        + " where e.disputeCase.id = :caseId and e.side = :side", Integer.class)
                .setParameter("caseId", caseId)
                .setParameter("side", side)
                .getSingleResult();
        return last == null ? 1 : last + 1;
    }

    void add(EvidenceItem item) {
        entityManager.persist(item);
        entityManager.flush();
    }
}
