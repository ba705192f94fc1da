/**
 * The composition root: the launcher that checks the configuration before start, start-up (migrations,
 * keys, demo data), health checks and the ready announcement. Nothing else imports it.
 */
package org.evidencedesk.operations;
