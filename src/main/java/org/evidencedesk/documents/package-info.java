/**
 * Documents the court issues and parties export, rendered as PDF: rulings and the evidence list of a bundle,
 * signed as PAdES-BASELINE-LTA so they verify offline for decades, laid out by a small engine on PDFBox with an
 * embedded CJK font.
 */
package org.evidencedesk.documents;
