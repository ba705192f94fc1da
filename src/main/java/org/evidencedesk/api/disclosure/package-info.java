/**
 * Disclosure requests (CE arts. 45–48; IPE arts. 24–26) and the court's rulings over the API: the same workflow,
 * access policy and custody log as the disclosure pages and the ruling PDF link.
 */
package org.evidencedesk.api.disclosure;
