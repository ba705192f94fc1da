package org.evidencedesk.documents;

import java.util.Objects;

/**
 * Signs PDFs at PAdES-BASELINE-LTA (ETSI EN 319 142-1 section 5.4): the signature with its signature
 * time-stamp ({@link PadesSigner}), then the validation data of its chains and a document time-stamp
 * ({@link PadesArchiveTimestamps#extend}), three incremental updates in one file that still checks in
 * twenty years without fetching anything. Thread-safe.
 */
public final class LongTermPadesSigner implements PdfSigner {

    private final PdfSigner timestamped;
    private final PadesArchiveTimestamps archiveTimestamps;

    /**
     * @param timestamped signs at PAdES-BASELINE-T: a signer without a time-stamper would leave nothing to
     *                    prove when the signature was made before its certificate expired
     */
    public LongTermPadesSigner(PdfSigner timestamped, PadesArchiveTimestamps archiveTimestamps) {
        this.timestamped = Objects.requireNonNull(timestamped, "timestamped");
        this.archiveTimestamps = Objects.requireNonNull(archiveTimestamps, "archiveTimestamps");
    }

    @Override
    public byte[] sign(byte[] pdf, PdfSignatureDetails details) {
        return archiveTimestamps.extend(timestamped.sign(pdf, details));
    }
}
