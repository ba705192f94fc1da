/**
 * Signed evidence bundles as ASiC-E containers (ETSI EN 319 162-1): the zip layout, the signed manifest and
 * what goes beside the evidence, written as one stream; plain Java, so the verify command shares it.
 */
package org.evidencedesk.bundle;
