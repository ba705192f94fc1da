/**
 * The server's public verifier, shared by the verification page and the API: the verifier wired to this
 * installation's roots and time budget, and the temporary folder each verification's uploads live in until it ends.
 */
package org.evidencedesk.bundle.verification;
