package org.evidencedesk.web.access;

/** How one row of the matrix is tried by one capacity: the request or action, and what came of it. */
@FunctionalInterface
public interface Probe {

    Observed observe(Capacity who) throws Exception;
}
