/**
 * The administrators' page of rule sets: every file with its checklist in the reader's language, and the
 * switch for proposed rules.
 */
package org.evidencedesk.rules.web;
