/**
 * The signing area's public endpoints: the RFC 3161 time-stamping servlet, the root certificate download, and
 * the administrator's keys page.
 */
package org.evidencedesk.signing.web;
