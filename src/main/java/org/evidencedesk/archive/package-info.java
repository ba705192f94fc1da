/**
 * The renewed versions of stored signatures: each archive time-stamp added to an item's receipt, a custody checkpoint
 * or a ruling kept as a row of its own (the accepted original is never altered), and when each signature is next due.
 * Below every area that hands a signature out, so each can hand out the current version.
 */
package org.evidencedesk.archive;
