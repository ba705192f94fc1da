package org.evidencedesk.evidence.rendering;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadView;

/**
 * Stored content read at any position through a window of 64 KiB: PDFBox reads a PDF from its end and
 * jumps about, and ImageIO readers seek too. Nothing of the file is held beyond the window, however large
 * it is. The channel belongs to the caller, who closes it.
 */
final class ChannelRandomAccessRead implements RandomAccessRead {

    private static final int WINDOW = 64 * 1024;

    private final SeekableByteChannel channel;
    private final long length;
    private final ByteBuffer window = ByteBuffer.allocate(WINDOW).limit(0);
    private long windowStart;
    private long position;
    private boolean closed;

    ChannelRandomAccessRead(SeekableByteChannel channel) throws IOException {
        this.channel = channel;
        this.length = channel.size();
    }

    @Override
    public int read() throws IOException {
        if (!fillAtPosition()) {
            return -1;
        }
        int value = window.get((int) (position - windowStart)) & 0xff;
        position++;
        return value;
    }

    @Override
    public int read(byte[] bytes, int offset, int count) throws IOException {
        if (count == 0) {
            return 0;
        }
        if (!fillAtPosition()) {
            return -1;
        }
        int inWindow = (int) (position - windowStart);
        int read = Math.min(count, window.limit() - inWindow);
        window.get(inWindow, bytes, offset, read);
        position += read;
        return read;
    }

    /** Makes the window hold the byte at the current position; false at the end of the content. */
    private boolean fillAtPosition() throws IOException {
        ensureOpen();
        if (position >= length) {
            return false;
        }
        if (position >= windowStart && position < windowStart + window.limit()) {
            return true;
        }
        window.clear();
        channel.position(position);
        while (window.hasRemaining() && channel.read(window) >= 0) {
            // keep reading until the window is full or the content ends
        }
        window.flip();
        windowStart = position;
        return window.hasRemaining();
    }

    @Override
    public long getPosition() throws IOException {
        ensureOpen();
        return position;
    }

    @Override
    public void seek(long newPosition) throws IOException {
        ensureOpen();
        if (newPosition < 0) {
            throw new IOException("Invalid position " + newPosition);
        }
        position = Math.min(newPosition, length);
    }

    @Override
    public long length() {
        return length;
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    @Override
    public boolean isEOF() throws IOException {
        ensureOpen();
        return position >= length;
    }

    @Override
    public RandomAccessReadView createView(long startPosition, long streamLength) throws IOException {
        ensureOpen();
        return new RandomAccessReadView(this, startPosition, streamLength);
    }

    /** Stops reading; the channel stays open for its owner to close. */
    @Override
    public void close() {
        closed = true;
    }

    private void ensureOpen() throws IOException {
        if (closed) {
            throw new IOException("The content was closed");
        }
    }
}
