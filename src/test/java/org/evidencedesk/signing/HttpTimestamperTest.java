package org.evidencedesk.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.function.UnaryOperator;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An external authority over real HTTP on loopback: tokens accepted only when they answer our request. */
class HttpTimestamperTest {

    private final BouncyCastleTimestampAuthority authority =
            new BouncyCastleTimestampAuthority(TestKeys.SHARED.timestamping(), TestKeys.counter(), Clock.systemUTC());
    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void aGrantedReplyGivesATokenOverOurDigestThatVerifies() throws Exception {
        URI url = serve(reply -> reply);
        byte[] digest = sha256("evidence");

        TimestampToken token = new HttpTimestamper(url).stamp(digest);

        assertThat(new SignatureVerifier(TestKeys.ROOT.certificate(), Clock.systemUTC())
                .verifyTimestamp(token.encoded(), digest).valid()).isTrue();
        assertThat(token.tsaName()).isPresent();
    }

    @Test
    void aReplyToAnotherRequestIsRefused() throws Exception {
        URI url = serve(reply -> authority.respond(otherRequest()));

        assertThatThrownBy(() -> new HttpTimestamper(url).stamp(sha256("evidence")))
                .isInstanceOf(TimestampException.class)
                .hasMessageContaining("unusable reply");
    }

    @Test
    void garbageIsRefused() throws Exception {
        URI url = serve(reply -> "<html>proxy error</html>".getBytes());

        assertThatThrownBy(() -> new HttpTimestamper(url).stamp(sha256("evidence"))).isInstanceOf(TimestampException.class);
    }

    @Test
    void anAuthorityThatDoesNotAnswerGivesNoTokenUnlessTheFallbackIsAllowed() throws Exception {
        URI nobody = URI.create("http://127.0.0.1:" + closedPort() + "/tsa");

        assertThatThrownBy(() -> new HttpTimestamper(nobody).stamp(sha256("evidence")))
                .isInstanceOf(TimestampException.class)
                .hasMessageContaining("did not answer");
        TimestampToken fromBuiltIn = new FallbackTimestamper(new HttpTimestamper(nobody), authority).stamp(sha256("evidence"));
        assertThat(fromBuiltIn.encoded()).isNotEmpty();
    }

    /** Serves the authority's answer to each posted query, passed through {@code tamper}. */
    private URI serve(UnaryOperator<byte[]> tamper) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/tsa", exchange -> {
            byte[] query;
            try (InputStream in = exchange.getRequestBody()) {
                query = in.readAllBytes();
            }
            byte[] reply = tamper.apply(authority.respond(query));
            exchange.getResponseHeaders().add("Content-Type", "application/timestamp-reply");
            exchange.sendResponseHeaders(200, reply.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(reply);
            }
        });
        server.start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/tsa");
    }

    private static byte[] otherRequest() {
        TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
        generator.setCertReq(true);
        try {
            return generator.generate(TSPAlgorithms.SHA256, sha256("something else"), BigInteger.valueOf(42)).getEncoded();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
