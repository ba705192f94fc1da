package org.evidencedesk.web.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cmp.PKIFailureInfo;
import org.bouncycastle.asn1.cmp.PKIStatus;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.oiw.OIWObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.evidencedesk.signing.HostileEncodings;
import org.evidencedesk.support.SharedServer;

/**
 * Hostile requests to the public time-stamping authority {@code /tsa}. What is not a time-stamp query at the
 * HTTP level is refused there (415, 413, 405); what is sent as one but cannot be granted gets an RFC 3161
 * rejection with the failure a client can act on. Nothing is ever a 500, and no rejected request uses up a
 * serial number: a granted query before and after each probe get consecutive serials.
 */
public final class TimestampCorpus implements CorpusSection {

    private static final String QUERY = "application/timestamp-query";
    private static final int LIMIT = 16 * 1024;

    /** HTTP/1.1, as openssl-and-curl clients speak it: the only version with a chunked body. */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Override
    public String title() {
        return "/tsa requests";
    }

    @Override
    public List<BadInput> inputs() {
        return List.of(
                new BadInput("an empty body", "a rejection reply, failInfo badDataFormat, no serial used",
                        () -> rejected(new byte[0], PKIFailureInfo.badDataFormat)),
                new BadInput("garbage that is not DER", "a rejection reply, failInfo badDataFormat, no serial used",
                        () -> rejected("\u0030\u0082garbage, not a TimeStampReq".getBytes(StandardCharsets.ISO_8859_1),
                                PKIFailureInfo.badDataFormat)),
                new BadInput("4,000 nested SEQUENCEs of indefinite length (16,000 bytes)",
                        "a rejection reply, failInfo badDataFormat, no serial used (not a stack overflow and a 500)",
                        () -> rejected(HostileEncodings.nestedIndefiniteSequences(4000), PKIFailureInfo.badDataFormat)),
                new BadInput("a query with a SHA-1 imprint", "a rejection reply openssl reads as Rejected, failInfo badAlg,"
                        + " no serial used", this::sha1ImprintIsRejected),
                new BadInput("a 17 KiB body with its Content-Length", "413, no serial used",
                        () -> refused(post(QUERY, HttpRequest.BodyPublishers.ofByteArray(new byte[LIMIT + 1024])), 413)),
                new BadInput("a 1 MiB chunked body without Content-Length", "413, no serial used",
                        () -> refused(post(QUERY, HttpRequest.BodyPublishers.ofInputStream(
                                () -> new ByteArrayInputStream(new byte[1 << 20]))), 413)),
                new BadInput("a valid query sent as text/plain", "415, no serial used",
                        () -> refused(post("text/plain", HttpRequest.BodyPublishers.ofByteArray(query(
                                NISTObjectIdentifiers.id_sha256, sha256("text")))), 415)),
                new BadInput("a GET", "405, no serial used",
                        () -> refused(() -> http.send(HttpRequest.newBuilder(tsa()).GET().build(),
                                HttpResponse.BodyHandlers.ofString()).statusCode(), 405)));
    }

    private void rejected(byte[] body, int failureInfo) throws Exception {
        BigInteger before = grantedSerial();
        TimeStampResponse reply = reply(body);

        assertRejection(reply, failureInfo);
        assertThat(grantedSerial()).as("the serial after the rejection").isEqualTo(before.add(BigInteger.ONE));
    }

    private void sha1ImprintIsRejected() throws Exception {
        BigInteger before = grantedSerial();
        byte[] query = query(OIWObjectIdentifiers.idSHA1, MessageDigest.getInstance("SHA-1").digest(new byte[] {1}));
        HttpResponse<byte[]> answer = send(query);
        TimeStampResponse reply = new TimeStampResponse(answer.body());

        assertRejection(reply, PKIFailureInfo.badAlg);
        assertThat(openssl(answer.body())).as("openssl ts -reply -text").contains("Status: Rejected", "unrecognized or unsupported algorithm");
        assertThat(grantedSerial()).as("the serial after the rejection").isEqualTo(before.add(BigInteger.ONE));
    }

    private void refused(Status request, int status) throws Exception {
        BigInteger before = grantedSerial();

        assertThat(request.send()).as("HTTP status").isEqualTo(status);
        assertThat(grantedSerial()).as("the serial after the refusal").isEqualTo(before.add(BigInteger.ONE));
    }

    @FunctionalInterface
    private interface Status {
        int send() throws Exception;
    }

    private Status post(String contentType, HttpRequest.BodyPublisher body) {
        return () -> http.send(HttpRequest.newBuilder(tsa()).header("Content-Type", contentType).POST(body).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private static void assertRejection(TimeStampResponse reply, int failureInfo) {
        assertThat(reply.getStatus()).as("PKIStatus").isEqualTo(PKIStatus.REJECTION);
        assertThat(reply.getTimeStampToken()).as("token").isNull();
        assertThat(reply.getFailInfo()).as("failInfo").isNotNull();
        assertThat(reply.getFailInfo().intValue()).as("failInfo").isEqualTo(failureInfo);
    }

    /** The serial of a token granted now for a valid SHA-256 query. */
    private BigInteger grantedSerial() throws Exception {
        TimeStampResponse reply = reply(query(NISTObjectIdentifiers.id_sha256, sha256("serial probe " + System.nanoTime())));
        assertThat(reply.getStatus()).as("a valid query's PKIStatus").isEqualTo(PKIStatus.GRANTED);
        return reply.getTimeStampToken().getTimeStampInfo().getSerialNumber();
    }

    private TimeStampResponse reply(byte[] body) throws Exception {
        return new TimeStampResponse(send(body).body());
    }

    private HttpResponse<byte[]> send(byte[] body) throws Exception {
        HttpResponse<byte[]> answer = http.send(HttpRequest.newBuilder(tsa()).header("Content-Type", QUERY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(answer.statusCode()).as("HTTP status of a time-stamp query").isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/timestamp-reply");
        return answer;
    }

    private static String openssl(byte[] reply) throws IOException, InterruptedException {
        Path file = Files.createTempFile("corpus-reply", ".tsr");
        try {
            Files.write(file, reply);
            Process process = new ProcessBuilder("openssl", "ts", "-reply", "-in", file.toString(), "-text")
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor();
            return output;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static byte[] query(ASN1ObjectIdentifier algorithm, byte[] digest) throws IOException {
        return new TimeStampRequestGenerator().generate(new AlgorithmIdentifier(algorithm), digest).getEncoded();
    }

    private static byte[] sha256(String text) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    }

    private static URI tsa() {
        return URI.create(SharedServer.baseUrl() + "tsa");
    }
}
