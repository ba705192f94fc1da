/**
 * Operations pages for administrators: the background jobs and the holiday files they rely on.
 */
package org.evidencedesk.operations.web;
