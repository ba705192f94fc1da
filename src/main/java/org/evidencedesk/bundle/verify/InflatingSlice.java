package org.evidencedesk.bundle.verify;

import java.io.EOFException;
import java.io.IOException;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * A deflated entry's bytes inflated from its {@link ArchiveSlice}, as {@link java.util.zip.ZipFile} inflates them but
 * with a buffer of the caller's size: the zip file reads a large deflated entry 8 KiB at a time, each read a seek and a
 * read under its lock, and a 2 GiB bundle's evidence files (deflated in stored blocks, see
 * {@code org.evidencedesk.bundle.StreamingZip}) took 260,000 of each.
 */
final class InflatingSlice extends InflaterInputStream {

    private boolean ended;

    InflatingSlice(ArchiveSlice compressed, int buffer) {
        super(compressed, new Inflater(true), buffer);
    }

    /** As the zip file does: raw deflate data ends with one dummy byte, which zlib may need to finish. */
    @Override
    protected void fill() throws IOException {
        if (ended) {
            throw new EOFException("Unexpected end of ZLIB input stream");
        }
        len = in.read(buf, 0, buf.length);
        if (len == -1) {
            buf[0] = 0;
            len = 1;
            ended = true;
        }
        inf.setInput(buf, 0, len);
    }

    @Override
    public void close() throws IOException {
        try {
            super.close();
        } finally {
            inf.end();
        }
    }
}
