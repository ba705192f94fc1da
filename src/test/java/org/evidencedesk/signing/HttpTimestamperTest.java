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
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An external authority over real HTTP on loopback, answering with real RFC 3161 replies: a token is
 * accepted only when it answers our request and verifies against the anchor and pin configured for it.
 */
class HttpTimestamperTest {

    private static final byte[] DIGEST = sha256("evidence");
    private static final SigningKeys STRANGER = TestKeys.another();

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
    void aGoodTokenIsAcceptedAndVerifies() throws Exception {
        URI url = serve(authority::respond);

        TimestampToken token = timestamper(url, pinned(TestKeys.SHARED.timestamping().certificate())).stamp(DIGEST);

        assertThat(new SignatureVerifier(TestKeys.ROOT.certificate(), Clock.systemUTC())
                .verifyTimestamp(token.encoded(), DIGEST).valid()).isTrue();
        assertThat(token.tsaName()).contains("CN=Evidence Desk Time-Stamping Authority,O=Evidence Desk");
    }

    @Test
    void aTokenSignedByAKeyOutsideTheTrustAnchorIsRefused() throws Exception {
        BouncyCastleTimestampAuthority stranger = new BouncyCastleTimestampAuthority(STRANGER.timestamping(), TestKeys.counter(),
                Clock.systemUTC());
        URI url = serve(stranger::respond);

        assertRefused(timestamper(url, pinned(STRANGER.timestamping().certificate())), "no valid chain", "trusted root");
    }

    @Test
    void aTokenOverAnotherImprintIsRefused() throws Exception {
        URI url = serve(query -> authority.respond(otherRequest()));

        assertRefused(timestamper(url, pinned(TestKeys.SHARED.timestamping().certificate())), "unusable reply");
    }

    @Test
    void aTokenWhoseCertificateLacksTheTimeStampingUsageIsRefused() throws Exception {
        Credential signer = TestKeys.SHARED.signing();
        URI url = serve(query -> {
            TimeStampRequest request = new TimeStampRequest(query);
            return HandMadeTokens.grantedReply(HandMadeTokens.token(signer, signer.certificate(), request.getMessageImprintDigest(),
                    request.getNonce(), TimestampPolicy.EVIDENCE.oid()));
        });

        assertRefused(timestamper(url, pinned(signer.certificate())), "Certificate must have an ExtendedKeyUsage extension");
    }

    @Test
    void aTokenWhoseCertificateIsNotThePinnedOneIsRefused() throws Exception {
        URI url = serve(authority::respond);

        assertRefused(timestamper(url, pinned(TestKeys.SHARED.publicTimestamping().certificate())), "not the pinned");
    }

    /** Half an hour back: inside its certificate's validity, so only the clock check can catch it. */
    @Test
    void aBackdatedTokenIsRefused() throws Exception {
        BouncyCastleTimestampAuthority backdating = new BouncyCastleTimestampAuthority(TestKeys.SHARED.timestamping(),
                TestKeys.counter(), Clock.offset(Clock.systemUTC(), Duration.ofMinutes(-30)));
        URI url = serve(backdating::respond);

        assertRefused(timestamper(url, pinned(TestKeys.SHARED.timestamping().certificate())), "from this server's clock");
    }

    @Test
    void aPublicTokenOfThisInstallationIsNotEvidence() throws Exception {
        BouncyCastleTimestampAuthority publicAuthority = new BouncyCastleTimestampAuthority(TestKeys.SHARED.publicTimestamping(),
                TestKeys.counter(), Clock.systemUTC(), TimestampPolicy.PUBLIC);
        URI url = serve(publicAuthority::respond);

        assertRefused(timestamper(url, pinned(TestKeys.SHARED.publicTimestamping().certificate())), "a public time-stamp");
    }

    @Test
    void aTokenUnderAnotherPolicyThanTheConfiguredOneIsRefused() throws Exception {
        URI url = serve(query -> {
            TimeStampRequest request = new TimeStampRequest(query);
            Credential tsa = TestKeys.SHARED.timestamping();
            return HandMadeTokens.grantedReply(HandMadeTokens.token(tsa, tsa.certificate(), request.getMessageImprintDigest(),
                    request.getNonce(), "1.2.3.4"));
        });
        ExternalAuthority configured = new ExternalAuthority(url, List.of(TestKeys.ROOT.certificate()),
                pinned(TestKeys.SHARED.timestamping().certificate()), Optional.of("1.2.3.4.5"));

        assertRefused(new HttpTimestamper(configured, Clock.systemUTC()), "unusable reply");
    }

    @Test
    void garbageIsRefused() throws Exception {
        URI url = serve(query -> "<html>proxy error</html>".getBytes());

        assertRefused(timestamper(url, pinned(TestKeys.SHARED.timestamping().certificate())), "unusable reply");
    }

    @Test
    void anAuthorityThatDoesNotAnswerGivesNoTokenUnlessTheFallbackIsAllowed() throws Exception {
        URI nobody = URI.create("http://127.0.0.1:" + closedPort() + "/tsa");
        HttpTimestamper external = timestamper(nobody, pinned(TestKeys.SHARED.timestamping().certificate()));

        assertThatThrownBy(() -> external.stamp(DIGEST))
                .isInstanceOf(TimestampException.class)
                .hasMessageContaining("did not answer");
        TimestampToken fromBuiltIn = new FallbackTimestamper(external, authority).stamp(DIGEST);
        assertThat(fromBuiltIn.encoded()).isNotEmpty();
    }

    @Test
    void withTheFallbackARefusedTokenIsLoggedAndTheBuiltInAuthorityStamps() throws Exception {
        BouncyCastleTimestampAuthority stranger = new BouncyCastleTimestampAuthority(STRANGER.timestamping(), TestKeys.counter(),
                Clock.systemUTC());
        URI url = serve(stranger::respond);
        List<String> logged = new ArrayList<>();
        Logger log = Logger.getLogger(FallbackTimestamper.class.getName());
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        log.addHandler(capture);
        try {
            TimestampToken token = new FallbackTimestamper(timestamper(url, pinned(STRANGER.timestamping().certificate())), authority)
                    .stamp(DIGEST);

            assertThat(token.tsaName()).contains("CN=Evidence Desk Time-Stamping Authority,O=Evidence Desk");
            assertThat(new SignatureVerifier(TestKeys.ROOT.certificate(), Clock.systemUTC())
                    .verifyTimestamp(token.encoded(), DIGEST).valid()).isTrue();
            assertThat(logged).singleElement().asString().contains("refused").contains("trusted root").contains("built-in");
        } finally {
            log.removeHandler(capture);
        }
    }

    private static HttpTimestamper timestamper(URI url, Optional<String> pin) {
        return new HttpTimestamper(new ExternalAuthority(url, List.of(TestKeys.ROOT.certificate()), pin, Optional.empty()),
                Clock.systemUTC());
    }

    private static Optional<String> pinned(X509Certificate certificate) throws Exception {
        return Optional.of(HandMadeTokens.fingerprint(certificate));
    }

    private static void assertRefused(HttpTimestamper timestamper, String... reasons) {
        assertThatThrownBy(() -> timestamper.stamp(DIGEST))
                .isInstanceOf(TimestampException.class)
                .hasMessageContainingAll(reasons);
    }

    /** What the test authority answers to a posted query. */
    private interface Answer {
        byte[] to(byte[] query) throws Exception;
    }

    /** Serves each posted query's answer, as an RFC 3161 reply over HTTP. */
    private URI serve(Answer answer) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/tsa", exchange -> {
            byte[] query;
            try (InputStream in = exchange.getRequestBody()) {
                query = in.readAllBytes();
            }
            byte[] reply;
            try {
                reply = answer.to(query);
            } catch (Exception e) {
                throw new IOException(e);
            }
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
