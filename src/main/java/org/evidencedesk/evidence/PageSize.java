package org.evidencedesk.evidence;

/** The size in pixels at which a page of view-only evidence is drawn, so that a page can lay it out before it loads. */
public record PageSize(int width, int height) implements java.io.Serializable {
}
