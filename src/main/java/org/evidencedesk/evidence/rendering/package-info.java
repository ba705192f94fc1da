/**
 * View-only rendering with PDFBox and ImageIO: PDF pages and images drawn anew, with a watermark, within
 * bounds on pages, pixels and concurrent drawings, read straight from the evidence store.
 */
package org.evidencedesk.evidence.rendering;
