package org.evidencedesk.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.evidencedesk.support.SharedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The running server's publication points and OCSP responder, used as a validator would: openssl fetches the
 * answers itself ({@code openssl ocsp -url}) and checks the CRLs it downloads; nobody signs in.
 */
@ExtendWith(SharedServer.class)
class PkiPublicationWebIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path temp;

    @Test
    void theCertificatesAndCrlsArePublishedAndOpensslVerifiesTheCrls() throws Exception {
        HttpResponse<byte[]> root = get("pki/root-ca.crt");
        HttpResponse<byte[]> ca = get("pki/time-stamping-ca.crt");
        HttpResponse<byte[]> rootCrl = get("pki/root-ca.crl");
        HttpResponse<byte[]> caCrl = get("pki/time-stamping-ca.crl");

        assertThat(root.headers().firstValue("Content-Type")).hasValue("application/pkix-cert");
        assertThat(rootCrl.headers().firstValue("Content-Type")).hasValue("application/pkix-crl");
        Path rootFile = Files.write(temp.resolve("root.der"), root.body());
        Path caFile = Files.write(temp.resolve("ca.der"), ca.body());
        run("openssl", "x509", "-inform", "DER", "-in", rootFile.toString(), "-out", temp.resolve("root.pem").toString());
        run("openssl", "x509", "-inform", "DER", "-in", caFile.toString(), "-out", temp.resolve("ca.pem").toString());
        assertThat(Files.readString(temp.resolve("root.pem"))).isEqualTo(new String(get("root-ca.pem").body(), StandardCharsets.US_ASCII));

        assertThat(run("openssl", "crl", "-inform", "DER", "-in", Files.write(temp.resolve("root.crl"), rootCrl.body()).toString(),
                "-CAfile", temp.resolve("root.pem").toString(), "-verify", "-noout")).as(log()).isZero();
        assertThat(run("openssl", "crl", "-inform", "DER", "-in", Files.write(temp.resolve("ca.crl"), caCrl.body()).toString(),
                "-CAfile", temp.resolve("ca.pem").toString(), "-verify", "-noout")).as(log()).isZero();
        assertThat(get("pki/no-such-ca.crl").statusCode()).isEqualTo(404);
        assertThat(get("pki/anything-else").statusCode()).isEqualTo(404);
    }

    /** The time-stamping certificate, as a public token carries it, is good: openssl asks over HTTP, with a nonce. */
    @Test
    void opensslAsksTheResponderAboutTheTimeStampingCertificateAndHearsGood() throws Exception {
        Path leaf = timeStampingCertificate();
        Files.write(temp.resolve("ca.der"), get("pki/time-stamping-ca.crt").body());
        run("openssl", "x509", "-inform", "DER", "-in", temp.resolve("ca.der").toString(), "-out", temp.resolve("ca.pem").toString());
        Files.write(temp.resolve("root.pem"), get("root-ca.pem").body());

        int exit = run("openssl", "ocsp", "-url", SharedServer.baseUrl() + "pki/ocsp", "-issuer", temp.resolve("ca.pem").toString(),
                "-cert", leaf.toString(), "-CAfile", temp.resolve("root.pem").toString(), "-reqout", temp.resolve("request.der").toString());

        assertThat(log()).contains("Response verify OK", leaf + ": good").doesNotContain("WARNING");
        assertThat(exit).isZero();

        String encoded = URLEncoder.encode(Base64.getEncoder().encodeToString(Files.readAllBytes(temp.resolve("request.der"))),
                StandardCharsets.US_ASCII);
        HttpResponse<byte[]> byGet = get("pki/ocsp/" + encoded);
        assertThat(byGet.headers().firstValue("Content-Type")).hasValue("application/ocsp-response");
        assertThat(new OCSPResp(byGet.body()).getStatus()).isEqualTo(OCSPRespBuilder.SUCCESSFUL);
    }

    @Test
    void aMalformedRequestGetsMalformedRequestAndAnOversizedOne413() throws Exception {
        HttpResponse<byte[]> garbage = post("pki/ocsp", "application/ocsp-request", "not a request".getBytes(StandardCharsets.US_ASCII));
        assertThat(garbage.statusCode()).isEqualTo(200);
        assertThat(new OCSPResp(garbage.body()).getStatus()).isEqualTo(OCSPRespBuilder.MALFORMED_REQUEST);
        assertThat(new OCSPResp(get("pki/ocsp/not!base64").body()).getStatus()).isEqualTo(OCSPRespBuilder.MALFORMED_REQUEST);
        assertThat(new OCSPResp(get("pki/ocsp").body()).getStatus()).isEqualTo(OCSPRespBuilder.MALFORMED_REQUEST);

        assertThat(post("pki/ocsp", "application/ocsp-request", new byte[17 * 1024]).statusCode()).isEqualTo(413);
        assertThat(post("pki/ocsp", "text/plain", new byte[10]).statusCode()).isEqualTo(415);
    }

    /**
     * What anyone on the internet may send: entries that are no requests (9 bytes, by GET), 4,000 nested SEQUENCEs
     * (16,000 bytes, within the body limit; they overflowed Bouncy Castle's parser), and one certificate asked about
     * nine times. Each is answered malformedRequest, none with a 500, a log line or a trace.
     */
    @Test
    void hostileRequestsGetMalformedRequestAndLeaveNothingInTheLog() throws Exception {
        int logFrom = SharedServer.log().length();
        long traces = SharedServer.errorTraces();
        CertificateID leaf = new CertificateID(new JcaDigestCalculatorProviderBuilder().build().get(CertificateID.HASH_SHA1),
                new X509CertificateHolder(get("pki/time-stamping-ca.crt").body()), BigInteger.ONE);
        OCSPReqBuilder nine = new OCSPReqBuilder();
        for (int i = 0; i < 9; i++) {
            nine.addRequest(leaf);
        }

        List<HttpResponse<byte[]>> answers = List.of(get("pki/ocsp/MAcwBTADAgEB"),
                post("pki/ocsp", "application/ocsp-request", HostileEncodings.nestedIndefiniteSequences(4000)),
                post("pki/ocsp", "application/ocsp-request", nine.build().getEncoded()));

        for (HttpResponse<byte[]> answer : answers) {
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(new OCSPResp(answer.body()).getStatus()).isEqualTo(OCSPRespBuilder.MALFORMED_REQUEST);
        }
        assertThat(SharedServer.log().substring(logFrom)).doesNotContain("OCSP responder", "OcspResponder", "StackOverflowError", "SEVERE");
        assertThat(SharedServer.errorTraces()).isEqualTo(traces);
    }

    private Path timeStampingCertificate() throws Exception {
        TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
        generator.setCertReq(true);
        byte[] digest = MessageDigest.getInstance("SHA-256").digest("pki".getBytes(StandardCharsets.US_ASCII));
        HttpResponse<byte[]> reply = post("tsa", "application/timestamp-query",
                generator.generate(TSPAlgorithms.SHA256, digest, BigInteger.ONE).getEncoded());
        byte[] leaf = new TimeStampResponse(reply.body()).getTimeStampToken().getCertificates().getMatches(null).stream()
                .map(X509CertificateHolder.class::cast)
                .filter(holder -> holder.getSubject().toString().contains("Public Time-Stamping")).findFirst().orElseThrow().getEncoded();
        Path der = Files.write(temp.resolve("leaf.der"), leaf);
        Path pem = temp.resolve("leaf.pem");
        run("openssl", "x509", "-inform", "DER", "-in", der.toString(), "-out", pem.toString());
        return pem;
    }

    private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(SharedServer.baseUrl() + path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<byte[]> post(String path, String type, byte[] body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(SharedServer.baseUrl() + path)).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private String log() throws IOException {
        return Files.readString(temp.resolve("openssl.log"));
    }

    private int run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true)
                .redirectOutput(temp.resolve("openssl.log").toFile()).start();
        return process.waitFor();
    }
}
