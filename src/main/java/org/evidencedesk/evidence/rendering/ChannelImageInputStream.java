package org.evidencedesk.evidence.rendering;

import java.io.IOException;
import javax.imageio.stream.ImageInputStreamImpl;

/** Stored content as ImageIO reads it, through the same window as PDFs, without a cache of what was read. */
final class ChannelImageInputStream extends ImageInputStreamImpl {

    private final ChannelRandomAccessRead content;

    ChannelImageInputStream(ChannelRandomAccessRead content) {
        this.content = content;
    }

    @Override
    public int read() throws IOException {
        checkClosed();
        bitOffset = 0;
        content.seek(streamPos);
        int value = content.read();
        if (value >= 0) {
            streamPos++;
        }
        return value;
    }

    @Override
    public int read(byte[] bytes, int offset, int count) throws IOException {
        checkClosed();
        bitOffset = 0;
        content.seek(streamPos);
        int read = content.read(bytes, offset, count);
        if (read > 0) {
            streamPos += read;
        }
        return read;
    }

    @Override
    public long length() {
        return content.length();
    }
}
