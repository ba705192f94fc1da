/**
 * Disclosure requests (IPE arts. 24–26, CE arts. 45–48): the application, the other side's opinion, the
 * judge's order with its deadline and protective measures, production, and the presumption a refusal may bring.
 */
package org.evidencedesk.disclosure;
