package org.evidencedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.evidencedesk.shared.CanonicalJson;
import org.evidencedesk.shared.Sha256;
import org.evidencedesk.signing.BouncyCastleTimestampAuthority;
import org.evidencedesk.signing.CmsSigner;
import org.evidencedesk.signing.TestKeys;
import org.evidencedesk.signing.TimestampToken;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One file's submission over the wire, against a stand-in for the server's submission resource that keeps its
 * submissions by key and signs real receipts: what is sent, what is never sent twice, and what fails alone.
 */
class SubmissionTest {

    private static final long CASE = 12;

    @TempDir
    Path folder;

    private FakeSubmissions server;
    private Submission submission;

    @BeforeEach
    void start() throws IOException {
        server = new FakeSubmissions();
        server.start();
        Texts texts = new Texts(Locale.ENGLISH);
        Api api = new Api(new Login(server.url(), "edk_test", null), texts);
        submission = new Submission(api, CASE, new ReceiptCheck(TestKeys.SHARED.rootCertificate()),
                new PlainProgress(new java.io.PrintStream(OutputStream.nullOutputStream()), texts, 1), texts);
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void aNewFileIsSentOnceWithItsDigestNameAndMetadataAndItsReceiptVerifies() throws IOException {
        LocalFile file = file("day 1/屏幕 截图.txt", "Listing capture 1\n");

        SubmittedFile result = submission.submit(file, Optional.of(metadata("Listing", "Fact")));

        assertThat(result.state()).isEqualTo(SubmittedFile.State.REGISTERED);
        assertThat(result.receiptVerified()).as(String.valueOf(result.message())).isTrue();
        assertThat(result.exhibit()).isEqualTo("P-001");
        assertThat(server.puts).hasSize(1);
        Sent sent = server.puts.get(0);
        assertThat(sent.body()).isEqualTo(Files.readAllBytes(file.path()));
        assertThat(sent.header("Content-Digest")).isEqualTo("sha-256=:" + Base64.getEncoder().encodeToString(Sha256.of(sent.body())) + ":");
        assertThat(sent.header("X-File-Name")).isEqualTo("%E5%B1%8F%E5%B9%95%20%E6%88%AA%E5%9B%BE.txt");
        JsonNode metadata = Json.mapper().readTree(Base64.getUrlDecoder().decode(sent.header("X-Evidence-Metadata")));
        assertThat(metadata.get("title").asText()).isEqualTo("Listing");
        assertThat(sent.path()).endsWith("/cases/12/submissions/" + SubmissionKey.of(CASE, "day 1/屏幕 截图.txt", result.sha256()));
    }

    @Test
    void aFileTheServerAlreadyHasIsNotSentAgainAndItsReceiptIsStillChecked() throws IOException {
        LocalFile file = file("a.txt", "Listing capture 2\n");
        submission.submit(file, Optional.of(metadata("Listing", "Fact")));
        server.puts.clear();

        SubmittedFile again = submission.submit(file, Optional.of(metadata("Listing", "Fact")));

        assertThat(again.state()).isEqualTo(SubmittedFile.State.ALREADY_REGISTERED);
        assertThat(again.receiptVerified()).isTrue();
        assertThat(server.puts).isEmpty();
    }

    @Test
    void aFileWithoutMetadataFailsWithoutSendingAByte() throws IOException {
        SubmittedFile result = submission.submit(file("b.txt", "Listing capture 3\n"), Optional.empty());

        assertThat(result.state()).isEqualTo(SubmittedFile.State.FAILED);
        assertThat(result.message()).contains("No metadata for b.txt");
        assertThat(server.puts).isEmpty();
    }

    @Test
    void largeMetadataFollowsTheContentInASecondRequest() throws IOException {
        SubmittedFile result = submission.submit(file("c.txt", "Listing capture 4\n"), Optional.of(metadata("Listing", "事实".repeat(2000))));

        assertThat(result.state()).isEqualTo(SubmittedFile.State.REGISTERED);
        assertThat(result.receiptVerified()).isTrue();
        assertThat(server.puts).extracting(Sent::path).hasSize(2);
        assertThat(server.puts.get(0).header("X-Evidence-Metadata")).isNull();
        assertThat(server.puts.get(1).path()).endsWith("/metadata");
        assertThat(Json.mapper().readTree(server.puts.get(1).body()).get("factToProve").asText()).hasSize(4000);
    }

    @Test
    void aRefusalFailsTheFileWithTheServersOwnWords() throws IOException {
        SubmittedFile result = submission.submit(file("d.txt", "Listing capture 5\n"), Optional.of(metadata("", "Fact")));

        assertThat(result.state()).isEqualTo(SubmittedFile.State.FAILED);
        assertThat(result.message()).contains("HTTP 422").contains("Give the item a title");
    }

    private LocalFile file(String relativePath, String content) throws IOException {
        Path path = folder.resolve(relativePath);
        Files.createDirectories(path.getParent());
        Files.writeString(path, content);
        return new LocalFile(path, relativePath, Files.size(path));
    }

    private static ObjectNode metadata(String title, String fact) {
        ObjectNode metadata = Json.object();
        metadata.put("title", title);
        metadata.put("factToProve", fact);
        metadata.put("confidentiality", "PARTIES");
        return metadata;
    }

    private record Sent(String path, Map<String, String> headers, byte[] body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /** The submission resource as its contract describes it, with receipts signed by the test PKI. */
    private static final class FakeSubmissions {

        private final HttpServer http;
        private final List<Sent> puts = new ArrayList<>();
        private final Map<String, String> registered = new ConcurrentHashMap<>();
        private final Map<String, byte[]> received = new ConcurrentHashMap<>();
        private final CmsSigner signer = new CmsSigner(TestKeys.SHARED.signing(), Clock.systemUTC());
        private final BouncyCastleTimestampAuthority authority =
                new BouncyCastleTimestampAuthority(TestKeys.SHARED.timestamping(), TestKeys.counter(), Clock.systemUTC());
        private int exhibits;

        FakeSubmissions() throws IOException {
            http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            http.createContext("/api/v1/cases/" + CASE + "/submissions/", this::handle);
        }

        void start() {
            http.start();
        }

        void stop() {
            http.stop(0);
        }

        String url() {
            return "http://127.0.0.1:" + http.getAddress().getPort();
        }

        private synchronized void handle(HttpExchange exchange) throws IOException {
            String path = exchange.getRequestURI().getPath();
            String key = path.substring(path.indexOf("/submissions/") + "/submissions/".length()).replace("/metadata", "");
            byte[] body = exchange.getRequestBody().readAllBytes();
            if (exchange.getRequestMethod().equals("GET")) {
                if (registered.containsKey(key)) {
                    answer(exchange, 200, registered.get(key));
                } else {
                    answer(exchange, 404, "{\"key\":\"api.notFound\",\"detail\":\"There is nothing here that you may see.\"}");
                }
                return;
            }
            Map<String, String> headers = new LinkedHashMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values.get(0)));
            puts.add(new Sent(path, headers, body));
            byte[] content;
            String metadataJson;
            if (path.endsWith("/metadata")) {
                content = received.get(key);
                metadataJson = new String(body, StandardCharsets.UTF_8);
            } else {
                content = body;
                String expected = "sha-256=:" + Base64.getEncoder().encodeToString(Sha256.of(body)) + ":";
                if (!expected.equals(headers.get("content-digest"))) {
                    answer(exchange, 409, "{\"key\":\"api.submit.digestMismatch\",\"detail\":\"digest\"}");
                    return;
                }
                String header = headers.get("x-evidence-metadata");
                if (header == null) {
                    received.put(key, body);
                    answer(exchange, 202, "{\"state\":\"RECEIVED\"}");
                    return;
                }
                metadataJson = new String(Base64.getUrlDecoder().decode(header), StandardCharsets.UTF_8);
            }
            if (Json.mapper().readTree(metadataJson).path("title").asText().isBlank()) {
                answer(exchange, 422, "{\"key\":\"evidence.titleRequired\",\"detail\":\"Give the item a title.\"}");
                return;
            }
            registered.put(key, registration(content));
            answer(exchange, 201, registered.get(key));
        }

        private String registration(byte[] content) throws IOException {
            exhibits++;
            TimestampToken token = authority.stamp(Sha256.of(content));
            Map<String, Object> receipt = new LinkedHashMap<>();
            receipt.put("exhibit", "P-00" + exhibits);
            receipt.put("sha256", HexFormat.of().formatHex(Sha256.of(content)));
            receipt.put("tsaSerial", token.serialNumber().toString());
            String text = CanonicalJson.write(receipt);
            ObjectNode answer = Json.object();
            answer.put("state", "REGISTERED");
            answer.putObject("item").put("id", 40 + exhibits).put("exhibit", "P-00" + exhibits);
            answer.put("receipt", text);
            answer.put("receiptSignature", Base64.getEncoder().encodeToString(
                    signer.signDetached(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))));
            answer.put("timestampToken", Base64.getEncoder().encodeToString(token.encoded()));
            return Json.compact(answer);
        }

        private static void answer(HttpExchange exchange, int status, String json) throws IOException {
            byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", status >= 400 ? "application/problem+json" : "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }
}
