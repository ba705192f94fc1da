/**
 * The custody log: an append-only hash chain per case recording every submission, timestamp, view,
 * download, status change, disclosure and export, each entry committed to its details; who may see which
 * entry (the audience rule); and the checks that find any later change.
 */
package org.evidencedesk.custody;
