/**
 * The custody log's pages: its export as JSON lines, and the administrator's integrity page.
 */
package org.evidencedesk.custody.web;
