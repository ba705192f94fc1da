package org.evidencedesk.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.evidencedesk.identity.TokenScope;
import org.evidencedesk.signing.OpensslCommand;
import org.evidencedesk.support.SharedServer;
import org.evidencedesk.web.corpus.RawRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Evidence over the API on the shared server, against the demo's trade-secret case: the items a caller may see, one
 * item and its proofs (checked by openssl), downloads in the custody log, and submitting raw files under a key: in one
 * call or two, a retry making no second item, a mismatching digest or a refused submitter keeping nothing.
 */
@ExtendWith(SharedServer.class)
class EvidenceApiWebIT {

    private static final String METADATA = "{\"title\":\"%s\",\"factToProve\":\"The ranking model was copied.\","
            + "\"confidentiality\":\"%s\",\"collection\":{\"source\":\"crawler host\",\"method\":\"export\","
            + "\"capturedAt\":\"2026-11-01T08:00:00Z\"}}";

    private static long tradeSecretCase;

    @BeforeAll
    static void findTheDemoCase() throws SQLException {
        tradeSecretCase = single("select id from dispute_case where title like 'Lianxin%'");
    }

    @Test
    void aFileAndItsMetadataInOneCallMakeAnItemWhoseReceiptAndTokenOpensslVerifies(@TempDir Path directory) throws Exception {
        byte[] file = unique("one call");
        Response answer = submit(ApiClient.as("counsel"), "one-" + UUID.randomUUID(), file, sha256Header(file),
                metadata("One call exhibit", "PARTIES"));
        answer.then().statusCode(201)
                .header("Location", containsString("/api/v1/items/"))
                .body("state", equalTo("REGISTERED"))
                .body("item.sha256", equalTo(hex(file)))
                .body("item.title", equalTo("One call exhibit"))
                .body("item.collection.source", equalTo("crawler host"))
                .body("item.fileName", equalTo("logs ü+1.txt"))
                .body("item.exhibit", startsWith("P-"));
        long itemId = answer.jsonPath().getLong("item.id");
        assertThat(answer.jsonPath().getString("receipt")).contains(hex(file));

        Files.write(directory.resolve("file.txt"), file);
        Files.write(directory.resolve("receipt.json"), answer.jsonPath().getString("receipt").getBytes(StandardCharsets.UTF_8));
        Files.write(directory.resolve("receipt.p7s"), Base64.getDecoder().decode(answer.jsonPath().getString("receiptSignature")));
        Files.write(directory.resolve("token.tsr"), Base64.getDecoder().decode(answer.jsonPath().getString("timestampToken")));
        Files.write(directory.resolve("root.pem"), rootCertificate());
        assertVerified(directory);

        // The downloads hand out the same bytes.
        assertThat(download(itemId, "content")).isEqualTo(file);
        assertThat(download(itemId, "receipt")).isEqualTo(Files.readAllBytes(directory.resolve("receipt.json")));
        Files.write(directory.resolve("token.tsr"), download(itemId, "token"));
        Files.write(directory.resolve("receipt.p7s"), download(itemId, "signature"));
        assertVerified(directory);
    }

    @Test
    void aRetryWithTheSameKeyAndDigestAnswersTheSameItemAndMakesNoSecond() throws SQLException {
        byte[] file = unique("retried");
        String key = "retry-" + UUID.randomUUID();
        long first = submit(ApiClient.as("counsel"), key, file, sha256Header(file), metadata("Retried", "PARTIES"))
                .then().statusCode(201).extract().jsonPath().getLong("item.id");
        submit(ApiClient.as("counsel"), key, file, sha256Header(file), metadata("Retried", "PARTIES"))
                .then().statusCode(200).body("item.id", equalTo((int) first));
        assertThat(itemsWith(hex(file))).isEqualTo(1);

        byte[] other = unique("another file");
        submit(ApiClient.as("counsel"), key, other, sha256Header(other), metadata("Other", "PARTIES"))
                .then().statusCode(409).contentType(startsWith("application/problem+json")).body("key", equalTo("api.submit.keyReused"));
        assertThat(itemsWith(hex(other))).isZero();
        assertThat(blobOf(hex(other))).doesNotExist();
    }

    @Test
    void withoutMetadataTheContentWaitsAndASecondCallRegistersIt() {
        byte[] file = unique("two calls");
        String key = "two-" + UUID.randomUUID();
        submit(ApiClient.as("counsel"), key, file, sha256Header(file), null).then().statusCode(202)
                .body("state", equalTo("RECEIVED")).body("item", equalTo(null)).body("sha256", equalTo(hex(file)));
        submissions().get("/cases/{c}/submissions/{k}", tradeSecretCase, key).then().statusCode(200).body("state", equalTo("RECEIVED"));
        // The metadata's own rules, as on the page: nothing registered.
        submissions().contentType("application/json").body("{\"title\":\"\",\"factToProve\":\"x\",\"confidentiality\":\"PARTIES\"}")
                .put("/cases/{c}/submissions/{k}/metadata", tradeSecretCase, key).then().statusCode(422).body("key", equalTo("evidence.titleRequired"));
        long itemId = submissions().contentType("application/json").body(String.format(METADATA, "Two calls", "COURT_ONLY"))
                .put("/cases/{c}/submissions/{k}/metadata", tradeSecretCase, key).then().statusCode(201)
                .header("Location", endsWith("/items/" + submissions().get("/cases/{c}/submissions/{k}", tradeSecretCase, key)
                        .jsonPath().getLong("item.id")))
                .body("state", equalTo("REGISTERED")).extract().jsonPath().getLong("item.id");
        submissions().contentType("application/json").body(String.format(METADATA, "Two calls", "COURT_ONLY"))
                .put("/cases/{c}/submissions/{k}/metadata", tradeSecretCase, key).then().statusCode(200).body("item.id", equalTo((int) itemId));

        // A court-only item of the claimant: the other side's counsel may not see it, in the list or by its id.
        ApiClient.as("defence").get("/items/{id}", itemId).then().statusCode(404).body("key", equalTo("api.notFound"));
        ApiClient.as("defence").get("/items/{id}/content", itemId).then().statusCode(404);
        assertThat(ApiClient.as("defence").queryParam("size", 200).get("/cases/{c}/items", tradeSecretCase).jsonPath()
                .getList("items.id", Long.class)).doesNotContain(itemId);
        assertThat(ApiClient.as("counsel").queryParam("size", 200).get("/cases/{c}/items", tradeSecretCase).jsonPath()
                .getList("items.id", Long.class)).contains(itemId);
        ApiClient.as("judge2").get("/items/{id}", itemId).then().statusCode(200).header("ETag", notNullValue());
    }

    /**
     * The API's JSON bodies are small; one sent chunked announces no length, and was read whole into memory before
     * the operation even looked at the token's scope. Now it is cut off past the form's limit (1 MiB) with 413, and
     * nothing is registered.
     */
    @Test
    void aChunkedJsonBodyIsCutOffPastTheFormsLimit() throws Exception {
        String key = "chunked-" + UUID.randomUUID();
        long offered = 64L * 1024 * 1024;
        RawRequest.Answer answer = RawRequest.send(RawRequest.head("PUT",
                        "/api/v1/cases/" + tradeSecretCase + "/submissions/" + key + "/metadata", "Accept-Language: en",
                        "Authorization: Bearer " + ApiClient.demoToken("counsel"), "Content-Type: application/json",
                        "Transfer-Encoding: chunked"), RawRequest::filler, offered, true);

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.body()).contains("application/problem+json", "\"status\":413");
        assertThat(answer.bodyBytesSent()).isLessThan(offered);
        ApiClient.as("counsel").get("/cases/{c}/submissions/{k}", tradeSecretCase, key).then().statusCode(404);
    }

    @Test
    void aBodyWhoseSha256IsNotTheAnnouncedOneIsNotKept() throws SQLException {
        byte[] file = unique("damaged");
        byte[] meant = unique("meant");
        submit(ApiClient.as("counsel"), "bad-" + UUID.randomUUID(), file, sha256Header(meant), metadata("Damaged", "PARTIES"))
                .then().statusCode(422).contentType(startsWith("application/problem+json"))
                .body("key", equalTo("api.submit.digestMismatch"));
        assertThat(blobOf(hex(file))).doesNotExist();
        assertThat(itemsWith(hex(file))).isZero();
        assertThat(single("select count(*) from api_submission where sha256 = '" + hex(file) + "'")).isZero();

        submit(ApiClient.as("counsel"), "nodigest-" + UUID.randomUUID(), file, null, null).then().statusCode(400)
                .body("key", equalTo("api.submit.digestRequired"));
        assertThat(blobOf(hex(file))).doesNotExist();
    }

    @Test
    void whoMayNotSubmitOnThePageIsRefusedWithNothingKept() {
        for (String user : List.of("judge2", "investigator")) {
            byte[] file = unique("refused " + user);
            submit(ApiClient.as(user), "refused-" + UUID.randomUUID(), file, sha256Header(file), metadata("Refused", "PARTIES"))
                    .then().statusCode(403).body("key", equalTo("evidence.notASubmitter"));
            assertThat(blobOf(hex(file))).doesNotExist();
        }
        byte[] file = unique("read scope only");
        submit(ApiClient.withScopes("counsel", TokenScope.READ), "scope-" + UUID.randomUUID(), file, sha256Header(file), null)
                .then().statusCode(403).body("key", equalTo("api.scope.missing"));
        assertThat(blobOf(hex(file))).doesNotExist();
    }

    @Test
    void theOtherSidesCounselSeesCounselOnlyItemsButNotCourtOnlyOnesAsOnThePage() {
        byte[] counselOnly = unique("respondent counsel-only");
        long shared = submit(ApiClient.as("defence"), "co-" + UUID.randomUUID(), counselOnly, sha256Header(counselOnly),
                metadata("Supplier contract", "COUNSEL_ONLY")).then().statusCode(201).extract().jsonPath().getLong("item.id");
        byte[] courtOnly = unique("respondent court-only");
        long hidden = submit(ApiClient.as("defence"), "ct-" + UUID.randomUUID(), courtOnly, sha256Header(courtOnly),
                metadata("Rebate formula", "COURT_ONLY")).then().statusCode(201).extract().jsonPath().getLong("item.id");

        ApiClient.as("counsel2").get("/items/{id}", shared).then().statusCode(200).body("confidentiality", equalTo("COUNSEL_ONLY"))
                .body("side", equalTo("RESPONDENT"));
        ApiClient.as("counsel2").get("/items/{id}", hidden).then().statusCode(404).body("key", equalTo("api.notFound"));
        ApiClient.as("counsel2").get("/items/{id}/receipt", hidden).then().statusCode(404);
        List<Long> listed = ApiClient.as("counsel2").queryParam("size", 200).get("/cases/{c}/items", tradeSecretCase).jsonPath()
                .getList("items.id", Long.class);
        assertThat(listed).contains(shared).doesNotContain(hidden);
        ApiClient.as("judge").get("/items/{id}", hidden).then().statusCode(200);
    }

    @Test
    void everyDownloadIsInTheCustodyLogAsThePagesDownloadIs() throws SQLException {
        byte[] file = unique("logged");
        long itemId = submit(ApiClient.as("counsel"), "logged-" + UUID.randomUUID(), file, sha256Header(file),
                metadata("Logged", "PARTIES")).then().statusCode(201).extract().jsonPath().getLong("item.id");
        for (String what : List.of("content", "token", "receipt", "signature")) {
            download(itemId, what);
        }
        ApiClient.as("judge").get("/items/{id}", itemId).then().statusCode(200);
        assertThat(single("select count(*) from custody_entry where item_id = " + itemId + " and action = 'DOWNLOADED'")).isEqualTo(4);
        assertThat(single("select count(*) from custody_entry where item_id = " + itemId + " and action = 'VIEWED'")).isEqualTo(1);
        ApiClient.as("counsel").queryParam("size", 1).queryParam("page", 0).get("/cases/{c}/items", tradeSecretCase).then()
                .statusCode(200).body("size", equalTo(1)).body("items.size()", equalTo(1));
    }

    /**
     * Content gone from the store: the API answers 410 with a problem in the caller's language instead of a 200 whose
     * body breaks off, marks the item for the court, and logs no download; the token still downloads, and is logged.
     */
    @Test
    void aDownloadWhoseStoredContentIsMissingAnswers410AndLogsNoDownload() throws Exception {
        byte[] file = unique("lost");
        long itemId = submit(ApiClient.as("counsel"), "lost-" + UUID.randomUUID(), file, sha256Header(file),
                metadata("Lost", "PARTIES")).then().statusCode(201).extract().jsonPath().getLong("item.id");
        Path blob = blobOf(hex(file));
        Path aside = Files.move(blob, blob.resolveSibling(hex(file) + ".aside"));
        try {
            ApiClient.as("counsel").get("/items/{id}/content", itemId).then().statusCode(410)
                    .contentType(containsString("application/problem+json"))
                    .body("key", equalTo("api.item.contentMissing"))
                    .body("detail", containsString("missing from the evidence store"));
            ApiClient.as("counsel").header("Accept-Language", "zh-CN").get("/items/{id}/content", itemId).then().statusCode(410)
                    .body("detail", containsString("证据库中存储的内容已缺失"));
            assertThat(single("select count(*) from evidence_item where id = " + itemId + " and integrity_problem like '%missing from the store%'"))
                    .isEqualTo(1);
            assertThat(single("select count(*) from custody_entry where item_id = " + itemId + " and action = 'DOWNLOADED'")).isZero();
            download(itemId, "token");
            assertThat(single("select count(*) from custody_entry where item_id = " + itemId + " and action = 'DOWNLOADED'")).isEqualTo(1);
        } finally {
            Files.move(aside, blob);
        }
    }

    private static RequestSpecification submissions() {
        return ApiClient.as("counsel");
    }

    private static Response submit(RequestSpecification caller, String key, byte[] file, String contentDigest, String metadata) {
        RequestSpecification request = caller.contentType("text/plain")
                .header("X-File-Name", URLEncoder.encode("logs ü+1.txt", StandardCharsets.UTF_8).replace("+", "%20"))
                .body(file);
        if (contentDigest != null) {
            request.header("Content-Digest", contentDigest);
        }
        if (metadata != null) {
            request.header("X-Evidence-Metadata", metadata);
        }
        return request.put("/cases/{c}/submissions/{k}", tradeSecretCase, key);
    }

    private static String metadata(String title, String confidentiality) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(String.format(METADATA, title, confidentiality).getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] unique(String label) {
        return ("Evidence API test: " + label + " " + UUID.randomUUID() + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String sha256Header(byte[] file) {
        return "sha-256=:" + Base64.getEncoder().encodeToString(sha256(file)) + ":";
    }

    private static String hex(byte[] file) {
        return HexFormat.of().formatHex(sha256(file));
    }

    private static byte[] sha256(byte[] file) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(file);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] download(long itemId, String what) {
        return ApiClient.as("counsel").get("/items/{id}/" + what, itemId).then().statusCode(200)
                .header("Content-Disposition", startsWith("attachment")).extract().asByteArray();
    }

    private static void assertVerified(Path directory) {
        OpensslCommand.Result token = OpensslCommand.run(directory, "ts", "-verify", "-token_in", "-in", "token.tsr",
                "-data", "file.txt", "-CAfile", "root.pem");
        assertThat(token.output()).contains("Verification: OK");
        OpensslCommand.Result receipt = OpensslCommand.run(directory, "cms", "-verify", "-binary", "-inform", "DER",
                "-in", "receipt.p7s", "-content", "receipt.json", "-CAfile", "root.pem", "-purpose", "any", "-out", "/dev/null");
        assertThat(receipt.output()).contains("Verification successful");
    }

    private static byte[] rootCertificate() throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(SharedServer.baseUrl() + "root-ca.pem")).build(),
                HttpResponse.BodyHandlers.ofByteArray()).body();
    }

    private static Path blobOf(String sha256) {
        return SharedServer.dataDirectory().resolve("blobs").resolve("sha256").resolve(sha256.substring(0, 2))
                .resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    private static long itemsWith(String sha256) throws SQLException {
        return single("select count(*) from evidence_item where sha256 = '" + sha256 + "'");
    }

    private static long single(String query) throws SQLException {
        try (Connection database = SharedServer.openDatabase(); PreparedStatement statement = database.prepareStatement(query);
             ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }
}
