/**
 * The one verifier of evidence bundles, for the public verification page and the verify command: plain Java,
 * Bouncy Castle and PDFBox, no server. It reports each check on its own and treats hostile archives as answers, not
 * crashes; the long-term data it finds (levels, archive time-stamps, embedded validation data) it reports, never judges.
 */
package org.evidencedesk.bundle.verify;
