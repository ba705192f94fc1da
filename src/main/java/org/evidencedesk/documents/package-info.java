/**
 * Documents the court issues and parties export, rendered as PDF: rulings (signed as PAdES) and the
 * evidence list of a bundle, laid out by a small engine on PDFBox with an embedded CJK font.
 */
package org.evidencedesk.documents;
