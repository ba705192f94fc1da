package org.evidencedesk.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.GregorianCalendar;
import java.util.Objects;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSUpdateInfo;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.evidencedesk.signing.CmsSigner;
import org.evidencedesk.signing.Credential;
import org.evidencedesk.signing.Signer;
import org.evidencedesk.signing.Timestamper;

/**
 * PAdES signatures (ETSI EN 319 142-1) with PDFBox's external signing: sub-filter
 * {@code ETSI.CAdES.detached}, a CAdES detached CMS over the signed byte range with
 * signing-certificate-v2 and the whole certificate chain, no signing-time attribute (PAdES puts the
 * time in {@code /M}), which makes PAdES-BASELINE-B; with a time-stamper, an RFC 3161 signature
 * time-stamp is added as an unsigned attribute, which makes PAdES-BASELINE-T. Thread-safe.
 */
public final class PadesSigner implements PdfSigner {

    /** Room kept in the file for the CMS: two EC certificates, a time-stamp token with its own two and slack. */
    static final int SIGNATURE_SPACE = 24 * 1024;
    /**
     * DocMDP permission 2: later signatures (and filling in forms, of which rulings have none) stay
     * allowed; 1 would also forbid a countersignature or an archive time-stamp.
     */
    static final int DOCMDP_FORMS_AND_SIGNATURES = 2;

    private final Signer cms;
    private final String signerName;
    private final Clock clock;
    private final Optional<Timestamper> timestamper;

    /**
     * @param signing the key that signs, with its chain up to the root
     * @param clock gives the signing time written into the signature dictionary
     * @param timestamper stamps each signature when present; empty signs without a time-stamp
     */
    public PadesSigner(Credential signing, Clock clock, Optional<Timestamper> timestamper) {
        this.cms = CmsSigner.forPdf(signing);
        this.signerName = commonName(signing.certificate());
        this.clock = Objects.requireNonNull(clock, "clock");
        this.timestamper = Objects.requireNonNull(timestamper, "timestamper");
    }

    @Override
    public byte[] sign(byte[] pdf, PdfSignatureDetails details) {
        PDDocument document;
        try {
            document = Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new IllegalArgumentException("Not a PDF: " + e.getMessage(), e);
        }
        try (document; SignatureOptions options = new SignatureOptions()) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName(signerName);
            signature.setReason(details.reason());
            signature.setLocation(details.location());
            signature.setSignDate(GregorianCalendar.from(ZonedDateTime.now(clock)));
            options.setPreferredSignatureSize(SIGNATURE_SPACE);
            boolean certifying = document.getSignatureDictionaries().isEmpty();
            document.addSignature(signature, options);
            if (certifying) {
                certify(document, signature);
            }

            ByteArrayOutputStream signed = new ByteArrayOutputStream(pdf.length + 2 * SIGNATURE_SPACE + 4096);
            ExternalSigningSupport external = document.saveIncrementalForExternalSigning(signed);
            byte[] signedData;
            try (InputStream byteRange = external.getContent()) {
                signedData = cms.signDetached(byteRange);
            }
            if (timestamper.isPresent()) {
                signedData = cms.addSignatureTimestamp(signedData, timestamper.get());
            }
            if (signedData.length > SIGNATURE_SPACE) {
                throw new IllegalStateException("The signature takes " + signedData.length + " bytes, more than the "
                        + SIGNATURE_SPACE + " kept for it");
            }
            external.setSignature(signedData);
            return signed.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot sign the PDF", e);
        }
    }

    /**
     * Makes the first signature a certification (DocMDP, ISO 32000 12.8.2.2), so that readers that check
     * it (Acrobat) flag any change other than a further signature appended after signing, which a plain
     * approval signature would let pass as "valid for the signed revision".
     */
    private static void certify(PDDocument document, PDSignature signature) {
        COSDictionary parameters = new COSDictionary();
        parameters.setItem(COSName.TYPE, COSName.getPDFName("TransformParams"));
        parameters.setInt(COSName.P, DOCMDP_FORMS_AND_SIGNATURES);
        parameters.setName(COSName.V, "1.2");
        COSDictionary reference = new COSDictionary();
        reference.setItem(COSName.TYPE, COSName.getPDFName("SigRef"));
        reference.setItem(COSName.getPDFName("TransformMethod"), COSName.DOCMDP);
        reference.setItem(COSName.getPDFName("TransformParams"), parameters);
        COSArray references = new COSArray();
        references.add(reference);
        signature.getCOSObject().setItem(COSName.getPDFName("Reference"), references);

        COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
        COSDictionary permissions = new COSDictionary();
        permissions.setItem(COSName.DOCMDP, signature);
        catalog.setItem(COSName.PERMS, permissions);
        for (COSUpdateInfo changed : new COSUpdateInfo[] {parameters, reference, references, permissions, catalog}) {
            changed.setNeedToBeUpdated(true);
        }
    }

    private static String commonName(X509Certificate certificate) {
        X500Name subject = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        RDN[] commonNames = subject.getRDNs(BCStyle.CN);
        return commonNames.length == 0
                ? certificate.getSubjectX500Principal().getName()
                : IETFUtils.valueToString(commonNames[0].getFirst().getValue());
    }
}
