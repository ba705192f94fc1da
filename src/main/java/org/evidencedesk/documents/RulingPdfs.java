package org.evidencedesk.documents;

import java.util.Objects;

/**
 * Rulings as the court issues them: rendered, and signed with the installation's signing key. What
 * the disclosure workflow calls; {@link DocumentsConfiguration} makes it injectable.
 */
public final class RulingPdfs {

    private final RulingPdf rulings;
    private final PdfSigner signer;

    public RulingPdfs(RulingPdf rulings, PdfSigner signer) {
        this.rulings = Objects.requireNonNull(rulings, "rulings");
        this.signer = Objects.requireNonNull(signer, "signer");
    }

    /** The ruling as a PDF without signature, e.g. for a preview before the judge issues it. */
    public byte[] render(RulingDocument ruling) {
        return rulings.render(ruling);
    }

    /**
     * The ruling as issued: a PDF saying it is signed, signed as PAdES. Its reason names the ruling and
     * the case, its location the court.
     *
     * @throws org.evidencedesk.signing.TimestampException if the time-stamping authority did not answer
     */
    public byte[] renderSigned(RulingDocument ruling) {
        String reason = DocumentTexts.in(ruling.locale()).text("documents.signatureReason", ruling.title(), ruling.caseNumber());
        return signer.sign(rulings.render(ruling, true), new PdfSignatureDetails(reason, ruling.court()));
    }
}
