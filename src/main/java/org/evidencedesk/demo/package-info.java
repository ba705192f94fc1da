/**
 * The demo switch's users, cases and disclosure story, seeded at start-up by {@code operations} when
 * {@code evidencedesk.demo} is on. Only {@code operations} imports this package; no business area does.
 */
package org.evidencedesk.demo;
