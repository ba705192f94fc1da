/**
 * The case page's read model: one case as one user may see it, with the evidence, the disclosure requests and
 * the actions open to them, read in one query from the areas that own them (dispute, evidence, disclosure).
 * It sits above those areas, which never import it.
 */
package org.evidencedesk.casefile;
