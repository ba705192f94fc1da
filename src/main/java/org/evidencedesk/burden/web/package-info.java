/**
 * The burden-of-proof ledger page: facts in issue, the preliminary evidence linked to them, and the judge's ruling
 * on a shift.
 */
package org.evidencedesk.burden.web;
