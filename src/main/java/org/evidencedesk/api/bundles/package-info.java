/**
 * Bundles over the API: a case's signed evidence bundle, exported as the export page exports it, and the public
 * verifier, for a bundle or a single file with its proof, answering the verify command's JSON report.
 */
package org.evidencedesk.api.bundles;
