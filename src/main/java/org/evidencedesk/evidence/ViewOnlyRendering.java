package org.evidencedesk.evidence;

import java.nio.channels.SeekableByteChannel;
import java.util.List;
import java.util.Optional;

/**
 * Shows stored content to someone who may only look at it: PDF pages and images are drawn anew as PNG
 * page images with a watermark across each, so the original bytes never leave the server. Everything
 * else is not shown. Hostile content (damaged, locked, enormous, a decompression bomb) is refused with
 * an {@link UnviewableContentException} before it can take the server's memory.
 */
public interface ViewOnlyRendering {

    /**
     * The pages the content is shown as, with the size in pixels each is drawn at; reads no more than
     * the headers and the page tree.
     *
     * @throws UnviewableContentException when the content is not shown, and why
     */
    List<PageSize> pages(SeekableByteChannel content);

    /**
     * Page {@code number} (from 1) drawn as a PNG image, with the watermark repeated across it; empty when
     * the content has no such page.
     *
     * @throws UnviewableContentException when the content is not shown, and why
     * @throws RenderingBusyException when too many pages are being drawn at once to draw another now
     */
    Optional<byte[]> page(SeekableByteChannel content, int number, Watermark watermark);
}
