package org.evidencedesk.web;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.IOException;

/**
 * A request whose raw body is read through {@link CountedBody}, so that whoever reads it (a resource of the API) meets
 * the route's limit and the disk's reserve as a {@link BodyRefusedException}, however the body was sent. Blocking
 * reads only: nothing in the application reads a body asynchronously.
 */
final class CountedRequest extends HttpServletRequestWrapper {

    private final ServletInputStream body;

    CountedRequest(HttpServletRequest request, CountedBody counted) {
        super(request);
        this.body = new ServletInputStream() {
            private boolean finished;

            @Override
            public int read() throws IOException {
                int next = counted.read();
                finished = next < 0;
                return next;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int read = counted.read(buffer, offset, length);
                finished = read < 0;
                return read;
            }

            @Override
            public boolean isFinished() {
                return finished;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new IllegalStateException("A counted body is read blocking only");
            }
        };
    }

    @Override
    public ServletInputStream getInputStream() {
        return body;
    }

    @Override
    public BufferedReader getReader() {
        throw new IllegalStateException("A raw upload is read as bytes");
    }
}
