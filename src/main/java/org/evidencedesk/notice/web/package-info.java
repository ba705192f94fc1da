/**
 * The notices page and the unread count shown in the shell.
 */
package org.evidencedesk.notice.web;
