package org.evidencedesk.web.corpus;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongFunction;
import org.evidencedesk.support.SharedServer;

/**
 * A request written byte by byte to a socket, for bodies no HTTP client would send: announced at 700 MB,
 * chunked for ever. The body is sent until the server answers (a second thread reads the answer as it comes),
 * the connection breaks, or {@code maxBytes} have gone, so that a test shows how much the server let in before
 * refusing, without sending gigabytes for minutes.
 */
public final class RawRequest {

    private static final int CHUNK = 64 * 1024;

    private RawRequest() {
    }

    /** What came back: the status, the page, and how many body bytes were sent before the answer. */
    public record Answer(int status, String body, long bodyBytesSent) {
    }

    /**
     * Sends {@code head} (request line and headers, ending in an empty line), then the body that
     * {@code bodyAt} gives for each offset, 64 KiB at a time, chunked or not.
     */
    public static Answer send(String head, LongFunction<byte[]> bodyAt, long maxBytes, boolean chunked) throws Exception {
        return send(SharedServer.baseUrl(), head, bodyAt, maxBytes, chunked);
    }

    /** As {@link #send(String, LongFunction, long, boolean)}, to the server at {@code baseUrl}. */
    public static Answer send(String baseUrl, String head, LongFunction<byte[]> bodyAt, long maxBytes, boolean chunked) throws Exception {
        URI base = URI.create(baseUrl);
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(60_000);
            InputStream in = socket.getInputStream();
            CompletableFuture<String> answer = CompletableFuture.supplyAsync(() -> readAll(in));
            OutputStream out = socket.getOutputStream();
            long sent = 0;
            try {
                out.write(head.getBytes(StandardCharsets.UTF_8));
                while (sent < maxBytes && !answer.isDone()) {
                    byte[] chunk = bodyAt.apply(sent);
                    if (chunked) {
                        out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                        out.write(chunk);
                        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    } else {
                        out.write(chunk);
                    }
                    sent += chunk.length;
                }
                if (chunked && sent >= maxBytes) {
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                out.flush();
            } catch (IOException closedByServer) {
                // The server stopped reading and closed: the answer, if any, is already on its way.
            }
            String response = answer.get(60, TimeUnit.SECONDS);
            int status = response.startsWith("HTTP/") ? Integer.parseInt(response.split(" ", 3)[1]) : -1;
            return new Answer(status, response, sent);
        }
    }

    /** A request line with headers for {@code path} on the shared server. */
    public static String head(String method, String path, String... headers) {
        StringBuilder head = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\nHost: localhost\r\n");
        for (String header : headers) {
            head.append(header).append("\r\n");
        }
        return head.append("\r\n").toString();
    }

    /** Everything the server sends until it closes (or the read times out), as text. */
    private static String readAll(InputStream in) {
        ByteArrayOutputStream response = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                response.write(buffer, 0, read);
            }
        } catch (IOException resetOrTimeout) {
            // Keep what arrived before the connection ended.
        }
        return response.toString(StandardCharsets.UTF_8);
    }

    /** 64 KiB of filler. */
    public static byte[] filler(long offset) {
        byte[] chunk = new byte[CHUNK];
        java.util.Arrays.fill(chunk, (byte) ('a' + (offset / CHUNK) % 26));
        return chunk;
    }
}
