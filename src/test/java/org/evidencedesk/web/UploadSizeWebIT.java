package org.evidencedesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.evidencedesk.support.SharedServer;
import org.evidencedesk.support.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An upload announcing more bytes than its page takes is refused from its headers alone, before a byte of
 * its body is read: the public verifier page included, which anyone can reach without logging in.
 */
@ExtendWith(SharedServer.class)
class UploadSizeWebIT {

    private static final long TEN_TERABYTES = 10L * 1024 * 1024 * 1024 * 1024;

    @Test
    void theVerifierRefusesAnOversizeUploadFromItsHeaders() throws IOException {
        assertThat(statusOfAnnouncedUpload("/verify.xhtml", TEN_TERABYTES)).isEqualTo(413);
    }

    @Test
    void evidenceUploadRefusesAnOversizeUploadFromItsHeaders() throws Exception {
        WebClient counsel = new WebClient(SharedServer.baseUrl());
        counsel.login("counsel", "Demo-Evidence-2026");
        String cookie = "JSESSIONID=" + counsel.sessionId().orElseThrow();

        assertThat(statusOfAnnouncedUpload("/evidence/upload.xhtml", TEN_TERABYTES, cookie)).isEqualTo(413);
    }

    @Test
    void aReasonableUploadGoesThroughToThePage() throws IOException {
        assertThat(statusOfAnnouncedUpload("/verify.xhtml", 10)).isNotEqualTo(413);
    }

    private static int statusOfAnnouncedUpload(String path, long contentLength) throws IOException {
        return statusOfAnnouncedUpload(path, contentLength, null);
    }

    /** Sends only the headers of a multipart POST (and the body if it is small) and reads the status. */
    private static int statusOfAnnouncedUpload(String path, long contentLength, String cookie) throws IOException {
        URI base = URI.create(SharedServer.baseUrl());
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            String headers = "POST " + path + " HTTP/1.1\r\nHost: " + base.getHost() + "\r\n"
                    + "Content-Type: multipart/form-data; boundary=xyz\r\nContent-Length: " + contentLength + "\r\n"
                    + (cookie == null ? "" : "Cookie: " + cookie + "\r\n")
                    + "Connection: close\r\n\r\n";
            out.write(headers.getBytes(StandardCharsets.US_ASCII));
            if (contentLength <= 10) {
                out.write("-".repeat((int) contentLength).getBytes(StandardCharsets.US_ASCII));
            }
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder statusLine = new StringBuilder();
            for (int next = in.read(); next != -1 && next != '\n'; next = in.read()) {
                statusLine.append((char) next);
            }
            return Integer.parseInt(statusLine.toString().split(" ")[1]);
        }
    }
}
