package org.evidencedesk.documents;

import java.util.Objects;

/**
 * What a PDF signature states besides the signer: why the document was signed and where, as the
 * signature dictionary's {@code /Reason} and {@code /Location} that PDF readers show.
 */
public record PdfSignatureDetails(String reason, String location) {

    public PdfSignatureDetails {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(location, "location");
    }
}
