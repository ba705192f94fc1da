/**
 * The burden-of-proof ledger of a case: facts in issue, who bears the burden of each, the binding rule set that
 * may move it (and a proposed one weighed beside it), the preliminary evidence linked to each showing, and the
 * judge's rulings that shift it.
 */
package org.evidencedesk.burden;
