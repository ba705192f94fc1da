package org.evidencedesk.api.evidence;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.evidencedesk.web.BodyRefusedException;

/**
 * A submission's body that remembers why the upload gate cut it off (past the limit, or the disk at its reserve), so
 * that the answer says so: the intake hears only that the upload did not arrive complete.
 */
final class WatchedBody extends FilterInputStream {

    private BodyRefusedException refusal;

    WatchedBody(InputStream body) {
        super(body);
    }

    @Override
    public int read() throws IOException {
        try {
            return super.read();
        } catch (BodyRefusedException e) {
            refusal = e;
            throw e;
        }
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        try {
            return super.read(buffer, offset, length);
        } catch (BodyRefusedException e) {
            refusal = e;
            throw e;
        }
    }

    Optional<BodyRefusedException> refusal() {
        return Optional.ofNullable(refusal);
    }
}
