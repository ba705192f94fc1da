/**
 * The dispute: the case aggregate, its parties and membership, its lifecycle, its statutory deadlines
 * and its timeline.
 */
package org.evidencedesk.dispute;
