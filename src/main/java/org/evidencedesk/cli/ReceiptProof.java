package org.evidencedesk.cli;

/**
 * What proves one submitted item: the receipt text exactly as signed, its detached CMS signature (DER) and the
 * RFC 3161 time-stamp token over the file's SHA-256 (DER).
 */
record ReceiptProof(byte[] receipt, byte[] signature, byte[] token) {
}
