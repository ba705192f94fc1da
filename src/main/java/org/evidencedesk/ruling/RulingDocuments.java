package org.evidencedesk.ruling;

import org.evidencedesk.dispute.DisputeCase;

/** Renders a ruling as a PDF and signs it with the system's signing key. */
public interface RulingDocuments {

    /** The signed PDF of a ruling on a case, in the draft's language. */
    byte[] signedPdf(RulingDraft draft, DisputeCase disputeCase);
}
