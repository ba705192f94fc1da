package org.evidencedesk.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.evidencedesk.support.SharedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The running server's /tsa answers openssl's queries with public tokens (their own policy and
 * certificate), and openssl verifies its replies against /root-ca.pem.
 */
@ExtendWith(SharedServer.class)
class TimestampAuthorityWebIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path temp;

    @Test
    void opensslQueryGetsAReplyThatOpensslVerifiesAndAChangedByteFails() throws Exception {
        Path data = Files.writeString(temp.resolve("evidence.txt"), "screenshot of the ranking page, 2026-03-02");
        Path query = temp.resolve("query.tsq");
        run("openssl", "ts", "-query", "-data", data.toString(), "-sha256", "-cert", "-out", query.toString());

        HttpResponse<byte[]> reply = http.send(HttpRequest.newBuilder(URI.create(SharedServer.baseUrl() + "tsa"))
                        .header("Content-Type", "application/timestamp-query")
                        .POST(HttpRequest.BodyPublishers.ofFile(query)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.headers().firstValue("Content-Type")).hasValue("application/timestamp-reply");
        Path tsr = Files.write(temp.resolve("reply.tsr"), reply.body());
        Path root = Files.writeString(temp.resolve("root.pem"), http.send(HttpRequest.newBuilder(
                URI.create(SharedServer.baseUrl() + "root-ca.pem")).build(), HttpResponse.BodyHandlers.ofString()).body());

        assertThat(run("openssl", "ts", "-verify", "-data", data.toString(), "-in", tsr.toString(), "-CAfile", root.toString()))
                .as("verification of the untouched file").isZero();
        assertThat(run("openssl", "ts", "-reply", "-in", tsr.toString(), "-text")).isZero();
        assertThat(Files.readString(temp.resolve("openssl.log")))
                .as("a public token, told apart from evidence tokens by its policy and certificate")
                .contains("Policy OID: " + TimestampPolicy.PUBLIC.oid())
                .contains("Evidence Desk Public Time-Stamping");
        Files.writeString(data, "screenshot of the ranking page, 2026-03-03");
        assertThat(run("openssl", "ts", "-verify", "-data", data.toString(), "-in", tsr.toString(), "-CAfile", root.toString()))
                .as("verification after one byte changed").isNotZero();
    }

    @Test
    void somethingOtherThanATimestampQueryIsRefused() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(SharedServer.baseUrl() + "tsa"))
                        .header("Content-Type", "text/plain")
                        .POST(HttpRequest.BodyPublishers.ofString("hello", StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(415);
    }

    @Test
    void aQueryLargerThanAnyRealOneIsRefused() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(SharedServer.baseUrl() + "tsa"))
                        .header("Content-Type", "application/timestamp-query")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[17 * 1024])).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
    }

    private int run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true)
                .redirectOutput(temp.resolve("openssl.log").toFile()).start();
        return process.waitFor();
    }
}
