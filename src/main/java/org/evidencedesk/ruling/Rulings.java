package org.evidencedesk.ruling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.evidencedesk.archive.RenewedSignature;
import org.evidencedesk.archive.SignatureKind;
import org.evidencedesk.archive.SignatureRenewals;

/** The rulings issued, as stored: found by id or by case. {@link RulingIssuance} adds them. */
@ApplicationScoped
public class Rulings {

    @PersistenceContext(unitName = "evidencedesk")
    private EntityManager entityManager;

    @Inject
    private SignatureRenewals renewals;

    /** A ruling's signed PDF in the blob store: its SHA-256 and size. */
    public record PdfVersion(String sha256, long size) {
    }

    /** Stores a ruling just issued, with its id assigned, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void add(Ruling ruling) {
        entityManager.persist(ruling);
        entityManager.flush();
    }

    public Optional<Ruling> byId(long id) {
        return Optional.ofNullable(entityManager.find(Ruling.class, id));
    }

    public List<Ruling> ofCase(long caseId) {
        return entityManager.createQuery("select r from Ruling r where r.caseId = :caseId order by r.decidedAt, r.id",
                        Ruling.class)
                .setParameter("caseId", caseId)
                .getResultList();
    }

    /**
     * The ruling's PDF as it is handed out: the newest renewal (the original with the archive time-stamps added since,
     * PAdES-BASELINE-LTA), else the PDF as issued.
     */
    @Transactional
    public PdfVersion currentPdf(Ruling ruling) {
        Optional<RenewedSignature> renewed = renewals.newest(SignatureKind.RULING, ruling.getId());
        return renewed.isEmpty() ? new PdfVersion(ruling.getPdfSha256(), ruling.getPdfSize())
                : new PdfVersion(renewed.get().pdfSha256().orElseThrow(), renewed.get().pdfSize().orElseThrow());
    }
}
