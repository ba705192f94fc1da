/** The caller's notices through the API: listing them and marking one read, through the notice board. */
package org.evidencedesk.api.notices;
