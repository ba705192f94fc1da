package org.evidencedesk.ruling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.evidencedesk.dispute.CaseNotFoundException;
import org.evidencedesk.dispute.CaseWorkflow;
import org.evidencedesk.evidence.BlobStore;

/**
 * The rulings a user may read, and their signed PDFs: a ruling is read by whoever may see its case, and by no one
 * else (for them it does not exist). The PDF link of the pages and the API both go through here, so they cannot
 * answer differently.
 */
@ApplicationScoped
public class RulingDocuments {

    @Inject
    private Rulings rulings;

    @Inject
    private CaseWorkflow workflow;

    @Inject
    private BlobStore blobs;

    /** A ruling's signed PDF in its current version, ready to be streamed. */
    public record Pdf(Ruling ruling, Rulings.PdfVersion version) {

        public String fileName() {
            return "ruling-" + ruling.getId() + ".pdf";
        }
    }

    /** The case's rulings in order of decision; not found unless the user may see the case. */
    @Transactional
    public List<Ruling> ofCase(long caseId, @NotNull String username) {
        workflow.view(caseId, username);
        return rulings.ofCase(caseId);
    }

    /** The ruling's PDF as it is handed out now; not found unless the user may see the ruling's case. */
    @Transactional
    public Pdf pdf(long rulingId, @NotNull String username) {
        Ruling ruling = rulings.byId(rulingId).orElseThrow(CaseNotFoundException::new);
        workflow.view(ruling.getCaseId(), username);
        return new Pdf(ruling, rulings.currentPdf(ruling));
    }

    public InputStream open(Pdf pdf) throws IOException {
        return blobs.open(pdf.version().sha256());
    }
}
