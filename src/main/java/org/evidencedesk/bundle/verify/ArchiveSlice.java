package org.evidencedesk.bundle.verify;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * The bytes of one stored entry, read where they lie in the archive by positional reads: the channel's own position
 * is never used, so threads read their entries from one channel at once without waiting for each other. It ends at
 * the entry's length, or sooner at the end of the file (a file cut short then fails its digest, as through the zip
 * file).
 */
final class ArchiveSlice extends InputStream {

    private final FileChannel file;
    private final long end;
    private long position;

    ArchiveSlice(FileChannel file, long start, long length) {
        this.file = file;
        this.position = start;
        this.end = start + length;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) == -1 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (position >= end) {
            return -1;
        }
        int wanted = (int) Math.min(length, end - position);
        int read = file.read(ByteBuffer.wrap(buffer, offset, wanted), position);
        if (read > 0) {
            position += read;
        }
        return read;
    }
}
