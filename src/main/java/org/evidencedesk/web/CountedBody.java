package org.evidencedesk.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A request body counted as it arrives, whatever its headers say (chunked bodies announce no length, and an
 * announced length may lie): past the limit it stops with 413, and every few megabytes it asks the data disk
 * whether the bytes read so far still leave the reserve free (507). A client that stops sending mid-body is
 * refused with 408 ({@link ClientStall}).
 */
final class CountedBody extends FilterInputStream {

    private static final long DISK_CHECK_INTERVAL = 4L * 1024 * 1024;

    private final long limit;
    private final DataDisk disk;
    private long count;
    private long nextDiskCheck = DISK_CHECK_INTERVAL;

    CountedBody(InputStream body, long limit, DataDisk disk) {
        super(body);
        this.limit = limit;
        this.disk = disk;
    }

    @Override
    public int read() throws IOException {
        int next;
        try {
            next = super.read();
        } catch (IOException e) {
            throw stalledOr(e);
        }
        if (next >= 0) {
            counted(1);
        }
        return next;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int read;
        try {
            read = super.read(buffer, offset, length);
        } catch (IOException e) {
            throw stalledOr(e);
        }
        if (read > 0) {
            counted(read);
        }
        return read;
    }

    private IOException stalledOr(IOException error) {
        if (error instanceof BodyRefusedException || !ClientStall.isCauseOf(error)) {
            return error;
        }
        return new BodyRefusedException(HttpServletResponse.SC_REQUEST_TIMEOUT,
                "the client sent nothing more for the connector's read timeout, after " + count + " bytes");
    }

    private void counted(int bytes) throws BodyRefusedException {
        count += bytes;
        if (count > limit) {
            throw new BodyRefusedException(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                    "the body passed " + limit + " bytes");
        }
        if (count >= nextDiskCheck) {
            nextDiskCheck += DISK_CHECK_INTERVAL;
            disk.ensureRoomFor(0);
        }
    }

    long count() {
        return count;
    }
}
