/**
 * The HTTP API under {@code /api/v1}: Jakarta REST resources, one sub-package per area, over the same services,
 * access policy and custody log as the pages. Like a web package, it may use every area's core and the shared web
 * layer, never another area's pages. Callers authenticate with personal access tokens ({@link ApiAuthentication});
 * every error is an RFC 9457 problem ({@link ProblemMappers}).
 */
package org.evidencedesk.api;
