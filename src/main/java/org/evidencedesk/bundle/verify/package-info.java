/**
 * The one verifier of evidence bundles, for the public verification page and the verify command: plain Java and
 * Bouncy Castle, no server. It reports each check on its own and treats hostile archives as answers, not crashes.
 */
package org.evidencedesk.bundle.verify;
