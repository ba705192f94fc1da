/**
 * The API's evidence: the items of a case, one item with its file, token, receipt and signature, and submitting a file
 * as its raw body under the client's idempotency key, all through the evidence services the pages use.
 */
package org.evidencedesk.api.evidence;
