/**
 * Evidence pages and servlets: the upload page and its spool, the item page, downloads of files, tokens and
 * receipts, and view-only rendering.
 */
package org.evidencedesk.evidence.web;
