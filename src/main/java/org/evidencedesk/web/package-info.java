/**
 * The shared web layer every page uses: the one current-user bean, navigation, request-body gate and multipart
 * parsing, security headers, CSRF, rate limits, error pages and messages. Imports no area's web package.
 */
package org.evidencedesk.web;
