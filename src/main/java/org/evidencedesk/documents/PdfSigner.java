package org.evidencedesk.documents;

/** Signs PDFs the court issues, so that anyone can check with a stock PDF reader who issued them and that nothing changed. */
public interface PdfSigner {

    /**
     * The same PDF with a signature over all of it appended as an incremental update: the bytes given
     * stay as they are, followed by the signature.
     *
     * @throws IllegalArgumentException if {@code pdf} is not a PDF
     * @throws org.evidencedesk.signing.TimestampException if the signer time-stamps and no token could be obtained
     */
    byte[] sign(byte[] pdf, PdfSignatureDetails details);
}
