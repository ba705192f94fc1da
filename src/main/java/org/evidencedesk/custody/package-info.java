/**
 * The custody log: an append-only hash chain per case recording every submission, timestamp, view,
 * download, status change, disclosure and export, with the checks that find any later change.
 */
package org.evidencedesk.custody;
