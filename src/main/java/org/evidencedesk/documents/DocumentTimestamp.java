package org.evidencedesk.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.evidencedesk.shared.Sha256;
import org.evidencedesk.signing.Timestamper;

/**
 * Appends a document time-stamp to a PDF (ETSI EN 319 142-1 section 5.4.3; ISO 32000-2 section 12.8.5): a
 * signature dictionary of {@code /Type /DocTimeStamp}, {@code /SubFilter /ETSI.RFC3161}, whose {@code /Contents}
 * is an RFC 3161 token over the SHA-256 of its byte range, that is of the whole file before it, the document
 * security store included. Over a signature with its validation data it makes PAdES-BASELINE-LTA.
 */
final class DocumentTimestamp {

    /**
     * Room kept for the token: ours, with three EC certificates, take under 3 KiB; an external authority's,
     * with RSA certificates, seldom more than 8.
     */
    static final int TOKEN_SPACE = 12 * 1024;

    private DocumentTimestamp() {
    }

    /**
     * The same PDF followed by a document time-stamp from {@code timestamper}.
     *
     * @throws IllegalArgumentException if {@code pdf} is not a PDF
     * @throws org.evidencedesk.signing.TimestampException if no token could be obtained
     */
    static byte[] append(byte[] pdf, Timestamper timestamper) {
        PDDocument document;
        try {
            document = Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new IllegalArgumentException("Not a PDF: " + e.getMessage(), e);
        }
        try (document; SignatureOptions options = new SignatureOptions()) {
            PDSignature timestamp = new PDSignature();
            timestamp.setType(COSName.DOC_TIME_STAMP);
            timestamp.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            timestamp.setSubFilter(COSName.getPDFName(PdfSignatureRevisions.DOCUMENT_TIMESTAMP));
            options.setPreferredSignatureSize(TOKEN_SPACE);
            document.addSignature(timestamp, options);

            ByteArrayOutputStream stamped = new ByteArrayOutputStream(pdf.length + 2 * TOKEN_SPACE + 2048);
            ExternalSigningSupport external = document.saveIncrementalForExternalSigning(stamped);
            byte[] token;
            try (InputStream byteRange = external.getContent()) {
                token = timestamper.stamp(sha256(byteRange)).encoded();
            }
            if (token.length > TOKEN_SPACE) {
                throw new IllegalStateException("The time-stamp token takes " + token.length + " bytes, more than the "
                        + TOKEN_SPACE + " kept for it");
            }
            external.setSignature(token);
            return stamped.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot time-stamp the PDF", e);
        }
    }

    private static byte[] sha256(InputStream content) throws IOException {
        MessageDigest digest = Sha256.newDigest();
        byte[] buffer = new byte[64 * 1024];
        for (int read = content.read(buffer); read >= 0; read = content.read(buffer)) {
            digest.update(buffer, 0, read);
        }
        return digest.digest();
    }
}
