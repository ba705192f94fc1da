package org.evidencedesk.ruling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.logging.Logger;
import org.evidencedesk.custody.CustodyAction;
import org.evidencedesk.custody.CustodyLog;
import org.evidencedesk.dispute.DisputeCase;
import org.evidencedesk.evidence.BlobStore;
import org.evidencedesk.evidence.StoredBlob;
import org.evidencedesk.shared.BusinessException;
import org.evidencedesk.signing.TimestampException;

/**
 * Issuing rulings: the draft is rendered and signed, the PDF kept write-once in the content-addressed store,
 * the ruling stored, and its issue with the PDF's SHA-256 written to the case's custody log, all in the
 * caller's transaction.
 */
@ApplicationScoped
public class RulingIssuance {

    private static final Logger LOG = Logger.getLogger(RulingIssuance.class.getName());
    private static final long PDF_LIMIT = 50L * 1024 * 1024;

    @Inject
    private Rulings rulings;

    @Inject
    private RulingPrinter documents;

    @Inject
    private BlobStore blobs;

    @Inject
    private CustodyLog custody;

    @Transactional(Transactional.TxType.MANDATORY)
    public Ruling issue(RulingDraft draft, DisputeCase disputeCase) {
        byte[] pdf;
        try {
            pdf = documents.signedPdf(draft, disputeCase);
        } catch (TimestampException e) {
            LOG.warning(() -> "No signature time-stamp for a ruling in case " + draft.caseId() + ": " + e.getMessage());
            throw new BusinessException("ruling.tsaUnavailable");
        }
        StoredBlob stored;
        try {
            stored = blobs.store(new ByteArrayInputStream(pdf), PDF_LIMIT);
        } catch (IOException e) {
            throw new UncheckedIOException("The ruling's PDF could not be stored", e);
        }
        Ruling ruling = new Ruling(draft, stored.digest().sha256(), pdf.length);
        rulings.add(ruling);
        custody.append(draft.caseId(), draft.judge(), CustodyAction.RULING_ISSUED, null, Map.of("ruling", ruling.getId(),
                "kind", draft.kind().name(), "subject", draft.subjectId(), "basis", draft.legalBasis(),
                "pdfSha256", ruling.getPdfSha256()));
        LOG.info(() -> "Ruling " + ruling.getId() + " (" + draft.kind() + ") issued in case " + draft.caseId()
                + " by " + draft.judge());
        return ruling;
    }
}
