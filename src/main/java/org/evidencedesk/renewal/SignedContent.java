package org.evidencedesk.renewal;

import org.evidencedesk.archive.SignatureKind;

/**
 * A stored signature as it stands now and what it covers: for a receipt or a checkpoint the detached CMS signature and
 * its content (the canonical receipt, the checkpoint's statement); for a ruling the whole signed PDF and no content.
 *
 * @param itemId the evidence item a receipt belongs to, for the custody entry's audience; null for the other kinds
 */
record SignedContent(SignatureKind kind, long subjectId, long caseId, Long itemId, byte[] signature, byte[] content) {
}
