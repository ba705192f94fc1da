/**
 * Exporting a case's evidence as a signed bundle: who may export what (the evidence access policy decides), the
 * custody checkpoint taken for it, and the custody entry recording each bundle that left, with its SHA-256.
 */
package org.evidencedesk.bundle.export;
