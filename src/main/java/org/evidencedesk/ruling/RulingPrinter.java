package org.evidencedesk.ruling;

import org.evidencedesk.dispute.DisputeCase;

/**
 * Prints a ruling as the court issues it: a PDF in the draft's language, signed with the installation's signing key.
 * The port the ruling area names; {@code documents.PdfRulingPrinter} is its adapter.
 */
public interface RulingPrinter {

    /** The signed PDF of a ruling on a case, in the draft's language. */
    byte[] signedPdf(RulingDraft draft, DisputeCase disputeCase);
}
