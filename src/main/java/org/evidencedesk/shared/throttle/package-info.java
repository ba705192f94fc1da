/**
 * Counting requests and failures per client address or account, in state every server node shares: the rate
 * limits of the public routes and the login throttle both count here.
 */
package org.evidencedesk.shared.throttle;
