package org.evidencedesk.archive;

/** Which stored signature a renewal is of; the subject's id is that of its own row. */
public enum SignatureKind {
    /** An evidence item's signed receipt ({@code evidence_item.receipt_signature}), a detached CMS signature. */
    RECEIPT,
    /** A custody checkpoint's signature ({@code custody_checkpoint.signature}), a detached CMS signature. */
    CHECKPOINT,
    /** A ruling's signed PDF, kept in the blob store by its SHA-256 ({@code ruling.pdf_sha256}). */
    RULING
}
