/**
 * Disclosure pages: the request page with its steps, the form for a new request, and the dashboard of requests.
 */
package org.evidencedesk.disclosure.web;
