/**
 * Background jobs: each a {@link org.evidencedesk.shared.jobs.BackgroundJob} bean, run by the container's scheduler
 * on every node, taken by one node at a time through its row in {@code background_job}, which also records its last
 * success, last failure and next due time for {@code /health} and the administration page.
 */
package org.evidencedesk.shared.jobs;
