/**
 * Serves signed ruling PDFs to those who may see the case.
 */
package org.evidencedesk.ruling.web;
