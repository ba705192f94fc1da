package org.evidencedesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.ServletException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

class CountedBodyTest {

    private static final DataDisk ROOMY = new DataDisk(() -> Long.MAX_VALUE, 0);

    @Test
    void aClientThatStopsSendingIsRefusedWith408AfterWhatArrived() throws IOException {
        CountedBody body = new CountedBody(new SequenceInputStream(new ByteArrayInputStream(new byte[10]),
                failing(new IOException(new TimeoutException()))), 1024, ROOMY);

        assertThat(body.readNBytes(10)).hasSize(10);
        assertThatThrownBy(() -> body.read(new byte[8], 0, 8)).isInstanceOfSatisfying(BodyRefusedException.class,
                refused -> assertThat(refused.status()).isEqualTo(408));
        assertThatThrownBy(body::read).isInstanceOfSatisfying(BodyRefusedException.class,
                refused -> assertThat(refused.status()).isEqualTo(408));
        assertThat(body.count()).isEqualTo(10);
    }

    @Test
    void anyOtherFailureOfTheConnectionPassesAsItCame() {
        IOException reset = new IOException("Connection reset by peer");
        CountedBody body = new CountedBody(failing(reset), 1024, ROOMY);

        assertThatThrownBy(() -> body.read(new byte[8], 0, 8)).isSameAs(reset);
        assertThatThrownBy(body::read).isSameAs(reset);
    }

    @Test
    void aStallIsKnownThroughTheWrappersOfTheContainerAndJakartaRest() {
        Throwable wrapped = new ServletException(new RuntimeException(new IOException(new TimeoutException())));

        assertThat(ClientStall.isCauseOf(wrapped)).isTrue();
        assertThat(ClientStall.isCauseOf(new BodyRefusedException(408, "stalled"))).isFalse();
        assertThat(ClientStall.isCauseOf(new TimeoutException("the server's own wait"))).isFalse();
        assertThat(ClientStall.isCauseOf(new ServletException(new IOException("Broken pipe")))).isFalse();
    }

    private static InputStream failing(IOException error) {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                throw error;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                throw error;
            }
        };
    }
}
