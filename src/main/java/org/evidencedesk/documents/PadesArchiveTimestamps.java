package org.evidencedesk.documents;

import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Logger;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.tsp.TimeStampToken;
import org.evidencedesk.signing.ArchiveTimestamps;
import org.evidencedesk.signing.Timestamper;
import org.evidencedesk.signing.ValidationData;
import org.evidencedesk.signing.ValidationDataSource;

/**
 * Takes a signed PDF to PAdES-BASELINE-LTA and keeps it there (ETSI EN 319 142-1 sections 5.4.2 and 5.4.3):
 * validation data in the document security store, then a document time-stamp over the whole file. The first
 * time ({@link #extend}), the data is that of the signer's chain and of its signature-time-stamp's; at each
 * renewal, that of the newest document time-stamp, which a validator could not otherwise check once its
 * certificate expires, then a fresh document time-stamp over it all. Every step is an incremental update:
 * the bytes signed before stay as they were, so every earlier signature and time-stamp still verifies.
 *
 * <p>Validation data comes from the installation's {@link ValidationDataSource}, which answers for the
 * certificates its own authorities issued. A chain it does not answer for (an external time-stamping
 * authority's) goes into the store with its certificates only, and that is logged: nothing is fetched from
 * outside, so such a chain's status must come from the validator's own sources. Thread-safe.
 */
public final class PadesArchiveTimestamps implements ArchiveTimestamps {

    private static final Logger LOG = Logger.getLogger(PadesArchiveTimestamps.class.getName());

    private final Timestamper timestamper;
    private final ValidationDataSource validationData;
    private final Instant sha256EndOfLife;

    /**
     * @param timestamper stamps the document time-stamps
     * @param validationData the status of the installation's certificates, issued now
     * @param sha256EndOfLife when SHA-256 must no longer be relied on ({@code evidencedesk.sha256.end-of-life})
     */
    public PadesArchiveTimestamps(Timestamper timestamper, ValidationDataSource validationData, Instant sha256EndOfLife) {
        this.timestamper = Objects.requireNonNull(timestamper, "timestamper");
        this.validationData = Objects.requireNonNull(validationData, "validationData");
        this.sha256EndOfLife = Objects.requireNonNull(sha256EndOfLife, "sha256EndOfLife");
    }

    /**
     * A PDF just signed (PAdES-BASELINE-T) made PAdES-BASELINE-LTA: the validation data of its newest signature's
     * chain and of its signature-time-stamps' chains added to the document security store, then a document
     * time-stamp.
     *
     * @throws IllegalArgumentException if {@code signedPdf} is not a PDF with a signature
     * @throws org.evidencedesk.signing.TimestampException if no token could be obtained
     */
    public byte[] extend(byte[] signedPdf) {
        PdfSignatureRevisions.Revision signature = PdfSignatureRevisions.newestSignature(PdfSignatureRevisions.of(signedPdf))
                .orElseThrow(() -> new IllegalArgumentException("The PDF holds no signature"));
        List<List<X509Certificate>> chains = new ArrayList<>();
        chains.add(signature.signerChain());
        chains.addAll(signature.signatureTimestampChains());
        return DocumentTimestamp.append(DocumentSecurityStore.withValidationData(signedPdf, validationDataFor(chains)), timestamper);
    }

    /**
     * The PDF with its newest document time-stamp's validation data added and a new document time-stamp; a PDF
     * without a document time-stamp yet is {@linkplain #extend extended} instead.
     *
     * @param content must be empty: a PDF contains what it signs
     */
    @Override
    public byte[] renew(byte[] signature, byte[] content) {
        if (content != null && content.length > 0) {
            throw new IllegalArgumentException("A PDF signature has no detached content");
        }
        List<PdfSignatureRevisions.Revision> revisions = PdfSignatureRevisions.of(signature);
        if (revisions.isEmpty()) {
            throw new IllegalArgumentException("The PDF holds no signature");
        }
        var newest = PdfSignatureRevisions.newestDocumentTimestamp(revisions);
        if (newest.isEmpty()) {
            return extend(signature);
        }
        ValidationData data = validationDataFor(List.of(newest.get().signerChain()));
        return DocumentTimestamp.append(DocumentSecurityStore.withValidationData(signature, data), timestamper);
    }

    /**
     * The earlier of the newest time-stamp's certificate expiry (the newest document time-stamp's, or the
     * signature-time-stamp's while there is none) and SHA-256's end of life when that token's imprint uses it.
     */
    @Override
    public Instant renewBy(byte[] signature) {
        List<PdfSignatureRevisions.Revision> revisions = PdfSignatureRevisions.of(signature);
        TimeStampToken newest = PdfSignatureRevisions.newestDocumentTimestamp(revisions)
                .map(PdfSignatureRevisions.Revision::timestamp)
                .or(() -> PdfSignatureRevisions.newestSignature(revisions)
                        .flatMap(revision -> revision.signatureTimestamps().stream().reduce((first, second) -> second)))
                .orElseThrow(() -> new IllegalArgumentException("The PDF holds no time-stamp"));
        Instant expiry = PdfSignatureRevisions.chain(newest.toCMSSignedData()).get(0).getNotAfter().toInstant();
        boolean sha256 = NISTObjectIdentifiers.id_sha256.equals(newest.getTimeStampInfo().getHashAlgorithm().getAlgorithm());
        return sha256 && sha256EndOfLife.isBefore(expiry) ? sha256EndOfLife : expiry;
    }

    private ValidationData validationDataFor(List<List<X509Certificate>> chains) {
        ValidationData all = ValidationData.NONE;
        for (List<X509Certificate> chain : chains) {
            try {
                all = all.and(validationData.forChain(chain));
            } catch (IllegalArgumentException e) {
                LOG.warning(() -> "No revocation data for " + chain.get(0).getSubjectX500Principal().getName()
                        + ", which this installation's authorities did not issue; its certificates alone go into the PDF ("
                        + e.getMessage() + ")");
                all = all.and(new ValidationData(chain, List.of(), List.of()));
            }
        }
        return newestCrlPerIssuer(all);
    }

    /**
     * One CRL per authority: asked once per chain, the source issues the shared root's CRL each time, and two
     * lists of the same authority made moments apart say the same (only the newest counts, RFC 5280 section 5).
     */
    private static ValidationData newestCrlPerIssuer(ValidationData data) {
        Map<X500Principal, X509CRL> newest = new LinkedHashMap<>();
        for (X509CRL crl : data.crls()) {
            newest.merge(crl.getIssuerX500Principal(), crl,
                    (kept, other) -> other.getThisUpdate().after(kept.getThisUpdate()) ? other : kept);
        }
        return new ValidationData(data.certificates(), List.copyOf(newest.values()), data.ocspResponses());
    }
}
