/**
 * Cases through the API: the case list with the list page's filters, one case with its parties, deadlines and
 * members, and (for the court) its custody chain, all read through the dispute and custody services.
 */
package org.evidencedesk.api.cases;
