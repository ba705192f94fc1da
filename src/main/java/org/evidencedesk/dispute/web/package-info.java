/**
 * Case pages: the case list, the case page, filing and editing a case, the calendar and the dashboard.
 */
package org.evidencedesk.dispute.web;
