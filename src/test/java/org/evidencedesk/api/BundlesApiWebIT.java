package org.evidencedesk.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evidencedesk.bundle.Archives;
import org.evidencedesk.bundle.BundleLayout;
import org.evidencedesk.bundle.verify.JsonProbe;
import org.evidencedesk.identity.TokenScope;
import org.evidencedesk.signing.OpensslCommand;
import org.evidencedesk.support.CustodyLogReader;
import org.evidencedesk.support.SharedServer;
import org.evidencedesk.support.WebClient;
import org.evidencedesk.web.access.DeskPages;
import org.evidencedesk.web.corpus.RawRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bundles over the API: counsel exports the demo case Lianxin v. Quickcart (all of it and a selection) and the bundle
 * verifies with the server's verifier and with openssl; the export is written to the custody log as the page's is;
 * a case the caller may not see is 404 and a token without {@code export} is 403. The public verifier takes the raw
 * bundle without a token and answers the verify command's JSON report: passed for the bundle, failed with the
 * failing check for a tampered one or a malformed one, a file with its token or signature passes, an oversized body
 * is refused (413) from its headers, and the API and the page share the verification slots (503 when both are held).
 */
@ExtendWith(SharedServer.class)
class BundlesApiWebIT {

    private static final Pattern CASE_LINK = Pattern.compile("view\\.xhtml\\?id=(\\d+)");

    @TempDir
    Path temp;

    private WebClient clerk;
    private long caseId;

    @BeforeEach
    void findTheDemoCase() throws Exception {
        clerk = DeskPages.loggedIn("clerk", ApiClient.DEMO_PASSWORD);
        Matcher link = CASE_LINK.matcher(clerk.get("cases/list.xhtml?q=lianxin").body());
        assertThat(link.find()).as("the demo case Lianxin v. Quickcart").isTrue();
        caseId = Long.parseLong(link.group(1));
    }

    @Test
    void counselExportsTheCasesBundleWhichVerifiesAndIsRecordedInTheCustodyLog() throws Exception {
        List<String> before = custodyLog();

        Response export = ApiClient.as("counsel").get("/cases/{caseId}/bundle", caseId);

        export.then().statusCode(200)
                .contentType("application/vnd.etsi.asic-e+zip")
                .header("Content-Disposition", startsWith("attachment; filename=\""))
                .header("Content-Disposition", containsString("evidence.asice\""));
        byte[] bytes = export.asByteArray();
        assertThat(export.header("Content-Length")).isEqualTo(String.valueOf(bytes.length));
        assertThat(new String(bytes, 30, 8, StandardCharsets.US_ASCII)).isEqualTo("mimetype");
        List<String> after = new CustodyLogReader(clerk, caseId).onceExportedBy("counsel", before.size());
        assertThat(after).hasSizeGreaterThan(before.size()).startsWith(before.toArray(String[]::new));
        assertThat(after.get(after.size() - 1)).contains("BUNDLE_EXPORTED", "\"actor\":\"counsel\"");

        Path bundle = Files.write(temp.resolve("bundle.asice"), bytes);
        assertThat(opensslVerifiesTheManifestSignature(bundle)).isTrue();
        JsonPath report = verify(bytes).then().statusCode(200).contentType(containsString("application/json"))
                .extract().jsonPath();
        assertThat(report.getBoolean("passed")).as(report.prettify()).isTrue();
        assertThat(report.getList("items")).isNotEmpty();
        assertThat(report.getList("findings.level", String.class)).doesNotContain("FAIL");
        assertThat(report.getString("longTermNote")).contains("EU DSS validator");
    }

    @Test
    void aSelectionNarrowsTheBundle() throws Exception {
        List<Map<String, Object>> claimants = manifestItems(ApiClient.as("counsel")
                .queryParam("side", "CLAIMANT").get("/cases/{caseId}/bundle", caseId).then().statusCode(200).extract().asByteArray());
        assertThat(claimants).isNotEmpty().allSatisfy(item -> assertThat(item.get("side")).isEqualTo("CLAIMANT"));

        // An item of counsel's own side, which counsel may always take a copy of, from the case's list as counsel reads it.
        List<Long> own = ApiClient.as("counsel").queryParam("size", 200).get("/cases/{caseId}/items", caseId).then().statusCode(200)
                .extract().jsonPath().getList("items.findAll { it.side == 'CLAIMANT' }.id", Long.class);
        assertThat(own).as("an item counsel may export").isNotEmpty();
        List<Map<String, Object>> picked = manifestItems(ApiClient.as("counsel")
                .queryParam("items", own.get(0)).get("/cases/{caseId}/bundle", caseId).then().statusCode(200).extract().asByteArray());
        assertThat(picked).hasSize(1);
        assertThat(picked.get(0).get("side")).isEqualTo("CLAIMANT");

        ApiClient.as("counsel").queryParam("side", "CLAIMANT").queryParam("status", "ADMITTED")
                .get("/cases/{caseId}/bundle", caseId).then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("key", equalTo("api.bundle.selection"));
        ApiClient.as("counsel").queryParam("side", "NOBODY").get("/cases/{caseId}/bundle", caseId).then().statusCode(400)
                .body("key", equalTo("api.bundle.selection"));
        ApiClient.as("counsel").queryParam("items", "-5").get("/cases/{caseId}/bundle", caseId).then().statusCode(422)
                .body("key", equalTo("bundle.nothingSelected"));
    }

    @Test
    void aCaseTheCallerMayNotSeeIsNotFoundAndWritesNothing() throws Exception {
        WebClient counsel2 = DeskPages.loggedIn("counsel2", ApiClient.DEMO_PASSWORD);
        Matcher option = Pattern.compile("<option value=\"(\\d+)\"[^>]*>[^<]*Shanghai").matcher(counsel2.get("cases/new.xhtml").body());
        assertThat(option.find()).as("the Shanghai court in the filing form").isTrue();
        long otherCourt = DeskPages.fileCase(counsel2, "Bundles API case at another court " + System.nanoTime(), option.group(1));

        ApiClient.as("counsel").get("/cases/{caseId}/bundle", otherCourt).then().statusCode(404)
                .contentType(startsWith("application/problem+json")).body("key", equalTo("api.notFound"));
        ApiClient.as("counsel").get("/cases/{caseId}/bundle", Long.MAX_VALUE).then().statusCode(404)
                .body("key", equalTo("api.notFound"));
    }

    @Test
    void aTokenWithoutTheExportScopeOrAHeadRequestIsRefusedAndWritesNothing() throws Exception {
        List<String> before = custodyLog();

        ApiClient.withScopes("counsel", TokenScope.READ, TokenScope.SUBMIT).get("/cases/{caseId}/bundle", caseId).then()
                .statusCode(403).contentType(startsWith("application/problem+json"))
                .body("key", equalTo("api.scope.missing")).body("detail", containsString("\"export\""));
        ApiClient.anonymous().get("/cases/{caseId}/bundle", caseId).then().statusCode(401);
        ApiClient.as("counsel").head("/cases/{caseId}/bundle", caseId).then().statusCode(405).header("Allow", "GET");

        assertThat(custodyLog()).isEqualTo(before);
    }

    @Test
    void aTamperedBundleFailsWithTheCheckThatFoundItInTheLanguageAsked() throws Exception {
        Path bundle = Files.write(temp.resolve("bundle.asice"),
                ApiClient.as("counsel").get("/cases/{caseId}/bundle", caseId).then().statusCode(200).extract().asByteArray());
        String file = (String) manifestItems(Files.readAllBytes(bundle)).get(0).get("file");
        Path changed = Archives.change(bundle, file, Archives::flipOneByte);

        JsonPath report = ApiClient.anonymous().header("Accept-Language", "zh-CN").header("X-File-Name", "%E6%94%B9.asice")
                .contentType("application/vnd.etsi.asic-e+zip").body(Files.readAllBytes(changed)).post("/verify")
                .then().statusCode(200).header("Content-Language", "zh-CN").extract().jsonPath();

        assertThat(report.getBoolean("passed")).isFalse();
        assertThat(report.getString("subject")).isEqualTo("改.asice");
        assertThat(report.getString("findings.find { it.check == 'changed' }.level")).isEqualTo("FAIL");
        assertThat(report.getString("findings.find { it.check == 'changed' }.text")).contains("签名后被改动", file);
        assertThat(report.getString("findings.find { it.check == 'changed' }.phrase.key")).isEqualTo("verify.finding.someChanged");
    }

    @Test
    void aFileWithItsTokenOrSignatureVerifiesAndAProofWithoutItsLengthIsABadRequest() throws Exception {
        Path bundle = Files.write(temp.resolve("bundle.asice"),
                ApiClient.as("counsel").get("/cases/{caseId}/bundle", caseId).then().statusCode(200).extract().asByteArray());
        Map<String, byte[]> entries = Archives.entries(bundle);
        Map<String, Object> first = manifestItems(Files.readAllBytes(bundle)).get(0);
        byte[] file = entries.get((String) first.get("file"));
        byte[] token = entries.get((String) first.get("token"));

        JsonPath passed = verifyFile(token, file, "token").then().statusCode(200).extract().jsonPath();
        assertThat(passed.getBoolean("passed")).as(passed.prettify()).isTrue();
        assertThat(passed.getList("findings.check", String.class)).contains("file", "token", "root");

        JsonPath changed = verifyFile(token, Archives.flipOneByte(file), "token").then().statusCode(200).extract().jsonPath();
        assertThat(changed.getBoolean("passed")).isFalse();
        assertThat(changed.getString("findings.find { it.check == 'token' }.level")).isEqualTo("FAIL");

        byte[] receipt = entries.get((String) first.get("receipt"));
        byte[] receiptSignature = entries.get((String) first.get("receiptSignature"));
        JsonPath signed = verifyFile(receiptSignature, receipt, "signature").then().statusCode(200).extract().jsonPath();
        assertThat(signed.getBoolean("passed")).as(signed.prettify()).isTrue();
        assertThat(signed.getString("findings.find { it.check == 'signature' }.level")).isEqualTo("PASS");

        ApiClient.anonymous().contentType("application/octet-stream").body(file).post("/verify/file?proof=token").then()
                .statusCode(400).contentType(startsWith("application/problem+json")).body("key", equalTo("api.verify.proof"));
    }

    @Test
    void aBodyLargerThanTheVerifierTakesIsRefusedFromItsHeaders() throws Exception {
        URI base = URI.create(SharedServer.baseUrl());
        long announced = 600L * 1024 * 1024;
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/verify HTTP/1.1\r\nHost: " + base.getHost() + "\r\nAccept-Language: en\r\n"
                    + "Content-Type: application/zip\r\nContent-Length: " + announced + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(new byte[64 * 1024]);
            out.flush();
            String answer = untilProblemEnds(socket.getInputStream());
            assertThat(answer).startsWith("HTTP/1.1 413").contains("application/problem+json", "\"status\":413",
                    "\"key\":\"api.verify.tooLarge\"");
        }
    }

    /**
     * Jakarta REST routes a trailing slash, a doubled one or path parameters to the verifier too, while its gates (the
     * rate limit, the slots, the bundle limit, the disk's reserve) were mapped to the written address only: such a
     * call was verified without any of them, its chunked body written to the disk however long. Now it is not found,
     * and its body is not read.
     */
    @Test
    void anotherSpellingOfTheVerifiersAddressIsNotFoundAndItsBodyIsNotRead() throws Exception {
        long offered = 64L * 1024 * 1024;
        for (String path : List.of("/api/v1/verify/", "/api/v1/verify/file/", "/api/v1//verify", "/api/v1/verify;v=1",
                "/api/v1/x/../verify")) {
            RawRequest.Answer answer = RawRequest.send(RawRequest.head("POST", path, "Accept-Language: en",
                    "Content-Type: application/zip", "Transfer-Encoding: chunked"), RawRequest::filler, offered, true);
            assertThat(answer.status()).as(path).isEqualTo(404);
            assertThat(answer.body()).as(path).contains("application/problem+json", "\"key\":\"api.notFound\"");
            assertThat(answer.bodyBytesSent()).as(path).isLessThan(offered);
        }
    }

    /**
     * Two callers hold both verification slots with raw bodies half sent; a third, on the API or on the page, is asked
     * to come back (503, Retry-After), and once the two finish, each gets its report.
     */
    @Test
    void theApiAndThePageShareTheVerificationSlots() throws Exception {
        int logFrom = SharedServer.log().length();
        List<HalfSentVerification> holders = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                holders.add(HalfSentVerification.start(URI.create(SharedServer.baseUrl())));
            }
            Response refused = untilBusy(holders);
            assertThat(refused.statusCode()).as(() -> "no third verification was refused while two were held; the holders "
                    + "had been answered: " + holders.stream().map(HalfSentVerification::answeredEarly).toList()
                    + "\nthe server's log meanwhile:\n" + serverLogFrom(logFrom)).isEqualTo(503);
            refused.then().header("Retry-After", "30").contentType(startsWith("application/problem+json"))
                    .body("key", equalTo("api.verify.busy"));
            HttpResponse<byte[]> page = new WebClient(SharedServer.baseUrl()).acceptLanguage("en")
                    .post("verify.xhtml", "multipart/form-data; boundary=xyz", "--xyz--\r\n".getBytes(StandardCharsets.US_ASCII));
            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.headers().firstValue("X-Content-Type-Options")).as("the gate's own answer").contains("nosniff");
            assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");
            assertThat(new String(page.body(), StandardCharsets.UTF_8)).contains("The verifier is busy");
            for (HalfSentVerification holder : holders) {
                assertThat(holder.finish()).startsWith("HTTP/1.1 200").contains("\"passed\":false");
            }
        } finally {
            for (HalfSentVerification holder : holders) {
                holder.close();
            }
        }
        verify("still not a zip".getBytes(StandardCharsets.US_ASCII)).then().statusCode(200);
    }

    /**
     * A caller that stops sending part way (a verification on the API or on the page, counsel's submission on the API, a
     * time-stamp query) is answered 408 once the connector's read timeout (30 s) passes; its verification slot is free
     * again and nothing of the submission is kept. It is the caller's doing: no request error is recorded.
     */
    @Test
    void aBodyThatStopsArrivingIsAnswered408AndRecordedAsNoError() throws Exception {
        Path errors = SharedServer.dataDirectory().resolve("logs").resolve("errors");
        List<Path> tracesBefore = traces(errors);
        URI base = URI.create(SharedServer.baseUrl());
        String form = "--xyz\r\nContent-Disposition: form-data; name=\"bundle\"; filename=\"b.asice\"\r\n"
                + "Content-Type: application/zip\r\n\r\nPK";
        String key = "stalled-" + UUID.randomUUID();
        String submission = "Authorization: Bearer " + ApiClient.demoToken("counsel") + "\r\nX-File-Name: half.log\r\n"
                + "Content-Digest: sha-256=:" + Base64.getEncoder().encodeToString(new byte[32]) + ":\r\n";
        try (Socket api = stalled(base, "POST /api/v1/verify", "", "application/zip", 100, "not a zip");
             Socket page = stalled(base, "POST /verify.xhtml", "", "multipart/form-data; boundary=xyz", 1000, form);
             Socket submit = stalled(base, "PUT /api/v1/cases/" + caseId + "/submissions/" + key, submission, "text/plain", 100,
                     "half a log");
             Socket stamp = stalled(base, "POST /tsa", "", "application/timestamp-query", 100, "0")) {
            assertThat(untilProblemEnds(api.getInputStream())).startsWith("HTTP/1.1 408")
                    .contains("application/problem+json", "\"key\":\"api.bodyStalled\"");
            assertThat(until(page.getInputStream(), "</html>")).startsWith("HTTP/1.1 408")
                    .contains("Nothing more arrived");
            assertThat(untilProblemEnds(submit.getInputStream())).startsWith("HTTP/1.1 408")
                    .contains("application/problem+json", "\"key\":\"api.bodyStalled\"");
            assertThat(until(stamp.getInputStream(), "</html>")).startsWith("HTTP/1.1 408").contains("Nothing more arrived");
        }
        verify("not a zip".getBytes(StandardCharsets.US_ASCII)).then().statusCode(200);
        ApiClient.as("counsel").get("/cases/{c}/submissions/{k}", caseId, key).then().statusCode(404);
        assertThat(traces(errors)).isEqualTo(tracesBefore);
    }

    /**
     * A verification asked for until the server has given both slots to the holders (each try is a quick report). The
     * holders' requests reach the gate when the server gets to them, which on a loaded machine can take seconds: the
     * wait is bounded by time, generously, not by a count of tries; the holders keep their slots meanwhile. A slot is
     * given back after its request's answer has gone out, so a holder sent just after an earlier test's verification
     * can find that slot still taken and be told to come back: such a holder is sent again, as a client would.
     */
    private static Response untilBusy(List<HalfSentVerification> holders) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        Response answer = verify("not a zip".getBytes(StandardCharsets.US_ASCII));
        while (answer.statusCode() != 503 && System.nanoTime() < deadline) {
            Thread.sleep(100);
            sendAgainThoseAskedToComeBack(holders);
            answer = verify("not a zip".getBytes(StandardCharsets.US_ASCII));
        }
        return answer;
    }

    private static void sendAgainThoseAskedToComeBack(List<HalfSentVerification> holders) throws IOException {
        for (int i = 0; i < holders.size(); i++) {
            if (holders.get(i).askedToComeBack()) {
                holders.get(i).close();
                holders.set(i, HalfSentVerification.start(URI.create(SharedServer.baseUrl())));
            }
        }
    }

    /** A request announcing {@code length} bytes of which only {@code sent} go out; the connection then waits. */
    private static Socket stalled(URI base, String requestLine, String headers, String type, int length, String sent)
            throws IOException {
        Socket socket = new Socket(base.getHost(), base.getPort());
        socket.setSoTimeout(120_000);
        socket.getOutputStream().write((requestLine + " HTTP/1.1\r\nHost: " + base.getHost() + "\r\nAccept-Language: en\r\n"
                + headers + "Content-Type: " + type + "\r\nContent-Length: " + length + "\r\n\r\n" + sent)
                .getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        return socket;
    }

    private static List<Path> traces(Path errors) throws IOException {
        if (!Files.isDirectory(errors)) {
            return List.of();
        }
        try (var files = Files.list(errors)) {
            return files.sorted().toList();
        }
    }

    private static String serverLogFrom(int offset) {
        try {
            String log = SharedServer.log();
            return log.substring(Math.min(offset, log.length()));
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }

    /**
     * A verification whose raw body is sent a byte at a time, one every two seconds, so that it holds a slot for as long
     * as the test needs (the connector gives up on a body after 30 s with nothing new), until {@link #finish()} sends
     * the rest.
     */
    private static final class HalfSentVerification implements AutoCloseable {

        private static final int LENGTH = 4096;
        private static final String BUSY = "HTTP/1.1 503";
        private final Socket socket;
        private final BufferedInputStream answer;
        private final ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();
        private int sent;

        private HalfSentVerification(Socket socket) throws IOException {
            this.socket = socket;
            this.answer = new BufferedInputStream(socket.getInputStream());
        }

        static HalfSentVerification start(URI base) throws IOException {
            Socket socket = new Socket(base.getHost(), base.getPort());
            socket.setSoTimeout(60_000);
            socket.getOutputStream().write(("POST /api/v1/verify HTTP/1.1\r\nHost: " + base.getHost() + "\r\n"
                    + "Content-Type: application/zip\r\nContent-Length: " + LENGTH + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            HalfSentVerification holder = new HalfSentVerification(socket);
            holder.send(10);
            holder.trickle.scheduleWithFixedDelay(holder::sendOneQuietly, 2, 2, TimeUnit.SECONDS);
            return holder;
        }

        private synchronized void send(int bytes) throws IOException {
            int count = Math.min(bytes, LENGTH - sent);
            socket.getOutputStream().write(new byte[count]);
            socket.getOutputStream().flush();
            sent += count;
        }

        /** One byte more, never the last: the body stays unfinished until {@link #finish()}. */
        private synchronized void sendOneQuietly() {
            try {
                if (sent < LENGTH - 1) {
                    send(1);
                }
            } catch (IOException e) {
                // the server closed the connection: finish() or answeredEarly() shows its answer
            }
        }

        /** Whether the server has already answered 503: the gate found no free slot when this arrived. */
        boolean askedToComeBack() throws IOException {
            if (answer.available() < BUSY.length()) {
                return false;
            }
            answer.mark(BUSY.length());
            String status = new String(answer.readNBytes(BUSY.length()), StandardCharsets.US_ASCII);
            answer.reset();
            return status.equals(BUSY);
        }

        /** Whatever the server has answered already, which it should not have while the body is unfinished. */
        String answeredEarly() {
            try {
                return answer.available() == 0 ? "(nothing)"
                        : new String(answer.readNBytes(answer.available()), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "(" + e + ")";
            }
        }

        /** Sends the rest of the body and reads the answer. */
        String finish() throws IOException {
            trickle.shutdownNow();
            send(LENGTH);
            return untilProblemEnds(answer);
        }

        @Override
        public void close() throws IOException {
            trickle.shutdownNow();
            socket.close();
        }
    }

    @Test
    void malformedArchivesAndManifestsAreFailedReportsNotErrors() throws Exception {
        // An end record that sends a reader to a zip64 locator whose record lies at offset -1: 42 bytes, 500 before.
        ByteBuffer locator = ByteBuffer.allocate(42).order(ByteOrder.LITTLE_ENDIAN).putInt(0x07064b50).putInt(0).putLong(-1).putInt(1)
                .putInt(0x06054b50).putInt(0).putShort((short) 0xFFFF).putShort((short) 0xFFFF).putInt(-1).putInt(-1).putShort((short) 0);
        verify(locator.array()).then().statusCode(200).body("passed", equalTo(false))
                .body("findings.find { it.check == 'archive' }.phrase.key", equalTo("verify.finding.zipNoEnd64"));

        Path bundle = Files.write(temp.resolve("bundle.asice"),
                ApiClient.as("counsel").get("/cases/{caseId}/bundle", caseId).then().statusCode(200).extract().asByteArray());
        Path opaque = Archives.change(bundle, BundleLayout.ASIC_MANIFEST, xml -> new String(xml, StandardCharsets.UTF_8)
                .replaceFirst("(<asic:DataObjectReference URI=\")[^\"]*", "$1mailto:x").getBytes(StandardCharsets.UTF_8));
        verify(Files.readAllBytes(opaque)).then().statusCode(200).body("passed", equalTo(false))
                .body("findings.find { it.check == 'manifest' }.phrase.key", equalTo("bundle.manifest.invalidUri"));
    }

    @Test
    void verifyingIsPublicAndNothingArrivedIsAFailedReportNotAnError() {
        ApiClient.anonymous().contentType("application/zip").body(new byte[0]).post("/verify").then()
                .statusCode(200).body("passed", equalTo(false)).body("findings.check", hasItem("archive"));
    }

    private static Response verify(byte[] bundle) {
        return ApiClient.anonymous().contentType("application/zip").body(bundle).post("/verify");
    }

    private static Response verifyFile(byte[] proof, byte[] file, String kind) {
        byte[] body = new byte[proof.length + file.length];
        System.arraycopy(proof, 0, body, 0, proof.length);
        System.arraycopy(file, 0, body, proof.length, file.length);
        return ApiClient.anonymous().contentType("application/octet-stream").header("X-Proof-Length", proof.length)
                .header("X-File-Name", "evidence.bin").body(body).post("/verify/file?proof=" + kind);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> manifestItems(byte[] bundle) throws IOException {
        Path file = Files.write(Files.createTempFile(temp, "bundle", ".asice"), bundle);
        Map<String, Object> manifest = JsonProbe.object(new String(Archives.entries(file).get(BundleLayout.MANIFEST_JSON),
                StandardCharsets.UTF_8));
        return (List<Map<String, Object>>) manifest.get("items");
    }

    private boolean opensslVerifiesTheManifestSignature(Path bundle) throws Exception {
        Path unpacked = Files.createDirectory(temp.resolve("unpacked"));
        for (Map.Entry<String, byte[]> entry : Archives.entries(bundle).entrySet()) {
            Path target = unpacked.resolve(entry.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, entry.getValue());
        }
        Files.write(unpacked.resolve("trusted-root.pem"), new WebClient(SharedServer.baseUrl()).getBytes("root-ca.pem").body());
        OpensslCommand.Result result = OpensslCommand.run(unpacked, "cms", "-verify", "-cades", "-binary", "-inform", "DER",
                "-in", BundleLayout.SIGNATURE, "-content", BundleLayout.ASIC_MANIFEST,
                "-CAfile", "trusted-root.pem", "-purpose", "any", "-out", "/dev/null");
        assertThat(result.output()).contains("Verification successful");
        return result.succeeded();
    }

    /** The case's whole custody log, as the court exports it. */
    private List<String> custodyLog() throws Exception {
        HttpResponse<String> log = clerk.get("custody/" + caseId + ".jsonl");
        assertThat(log.statusCode()).isEqualTo(200);
        return new ArrayList<>(log.body().lines().toList());
    }

    /** The answer on a raw connection up to the end of its problem document. */
    private static String untilProblemEnds(InputStream in) throws IOException {
        return until(in, "}");
    }

    /**
     * The answer on a raw connection up to {@code last}: the server may hold the connection open a while after it (it
     * reads on in the unsent body before closing).
     */
    private static String until(InputStream in, String last) throws IOException {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int read; !answer.toString(StandardCharsets.UTF_8).strip().endsWith(last) && (read = in.read(buffer)) != -1; ) {
            answer.write(buffer, 0, read);
        }
        return answer.toString(StandardCharsets.UTF_8);
    }
}
