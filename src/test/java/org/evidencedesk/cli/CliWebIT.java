package org.evidencedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.evidencedesk.api.ApiClient;
import org.evidencedesk.support.SharedServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command-line client as its users run it, {@code java -jar target/evidence-desk-cli.jar}, against the shared
 * server as the demo's claimant counsel: a submission killed halfway resumes without sending anything twice and ends
 * with every receipt verified, and the bundle it exports verifies; a wrong token and a swapped root are refused.
 */
@ExtendWith(SharedServer.class)
class CliWebIT {

    private static final int FILES = 20;
    private static final Path JAR = Path.of(System.getProperty("project.build.directory", "target"), "evidence-desk-cli.jar");

    @TempDir
    Path temp;

    private Path config;

    @BeforeEach
    void logIn() throws Exception {
        config = temp.resolve("home/evidence-desk/config.properties");
        Run login = cli("login", "--server", SharedServer.baseUrl(), "--token", ApiClient.demoToken("counsel"));

        assertThat(login.exitCode()).as(login.output()).isZero();
        assertThat(login.output()).contains("counsel");
        assertThat(Files.getPosixFilePermissions(config)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(config.getParent())).isEqualTo(PosixFilePermissions.fromString("rwx------"));
    }

    @Test
    void aSubmissionKilledHalfwayResumesSendsNothingTwiceVerifiesEveryReceiptAndItsBundleVerifies() throws Exception {
        long caseId = tradeSecretCase();
        String run = UUID.randomUUID().toString().substring(0, 8);
        Path folder = Files.createDirectories(temp.resolve("evidence"));
        StringBuilder sidecar = new StringBuilder("file,title,fact,confidentiality,source,method,collector,tool,capturedAt\n");
        for (int i = 1; i <= FILES; i++) {
            String name = String.format("screenshot-%02d.txt", i);
            Files.writeString(folder.resolve(name), "Listing capture " + i + " of run " + run + "\n");
            sidecar.append(name).append(",CLI ").append(run).append(" capture ").append(i)
                    .append(",\"The respondent offered the product, capture " + i + "\",PARTIES,https://shop.example/item/")
                    .append(i).append(",screen capture,Li Wei,Chrome 120,2026-11-01T08:00:00Z\n");
        }
        Path csv = Files.writeString(folder.resolve("metadata.csv"), sidecar);

        Process first = start("submit", String.valueOf(caseId), folder.toString(), "--metadata", csv.toString(), "--parallel", "1");
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(first.getInputStream(), StandardCharsets.UTF_8))) {
            while (lines.readLine() != null && itemsOfRun(caseId, run).size() < FILES / 2) {
                // each line is a file started or finished; the API says how many are registered
            }
            first.destroyForcibly();
        }
        assertThat(first.waitFor(60, TimeUnit.SECONDS)).isTrue();
        int registeredBeforeRerun = itemsOfRun(caseId, run).size();
        assertThat(registeredBeforeRerun).as("the first run was interrupted halfway").isBetween(FILES / 2, FILES - 1);

        Run second = cli("submit", String.valueOf(caseId), folder.toString(), "--metadata", csv.toString(), "--json");

        assertThat(second.exitCode()).as(second.output()).isZero();
        JsonNode summary = new ObjectMapper().readTree(second.stdout());
        List<JsonNode> files = new ArrayList<>();
        summary.get("files").forEach(files::add);
        assertThat(files).hasSize(FILES);
        assertThat(files).allSatisfy(file -> assertThat(file.get("receiptVerified").asBoolean()).as(file.toString()).isTrue());
        long resumed = files.stream().filter(file -> file.get("state").asText().equals("ALREADY_REGISTERED")).count();
        long sentNow = files.stream().filter(file -> file.get("state").asText().equals("REGISTERED")).count();
        assertThat(resumed).as("files on record before the rerun are not sent again").isGreaterThanOrEqualTo(registeredBeforeRerun);
        assertThat(resumed + sentNow).isEqualTo(FILES);

        List<Map<String, Object>> items = itemsOfRun(caseId, run);
        assertThat(items).as("exactly one item per file").hasSize(FILES);
        Set<String> exhibits = new HashSet<>();
        files.forEach(file -> exhibits.add(file.get("exhibit").asText()));
        assertThat(items).extracting(item -> String.valueOf(item.get("exhibit"))).containsExactlyInAnyOrderElementsOf(exhibits);

        Path bundle = temp.resolve("bundle.asice");
        Run export = cli("export", String.valueOf(caseId), "--items", String.join(",", exhibits), "-o", bundle.toString());
        assertThat(export.exitCode()).as(export.output()).isZero();
        assertThat(temp).isDirectoryNotContaining("glob:**.part");

        Path root = Files.write(temp.resolve("root-ca.pem"),
                RestAssured.given().baseUri(SharedServer.baseUrl()).get("root-ca.pem").then().statusCode(200).extract().asByteArray());
        Run verify = cli("verify", bundle.toString(), "--trust", root.toString());
        assertThat(verify.exitCode()).as(verify.output()).isZero();
        assertThat(verify.stdout()).contains(exhibits.iterator().next());
    }

    @Test
    void aRootOtherThanThePinnedOneIsRefusedBeforeAnythingIsSent() throws Exception {
        Properties stored = new Properties();
        try (var reader = Files.newBufferedReader(config)) {
            stored.load(reader);
        }
        stored.setProperty("rootSha256", "00".repeat(32));
        try (var writer = Files.newBufferedWriter(config)) {
            stored.store(writer, null);
        }
        String title = "Never sent " + UUID.randomUUID();
        Path file = Files.writeString(temp.resolve("one.txt"), title);
        Path csv = Files.writeString(temp.resolve("one.csv"), "file,title,fact,confidentiality\none.txt," + title + ",Fact,PARTIES\n");

        Run submit = cli("submit", String.valueOf(tradeSecretCase()), file.toString(), "--metadata", csv.toString());

        assertThat(submit.exitCode()).as(submit.output()).isEqualTo(ExitCode.FAILED.code());
        assertThat(submit.stderr()).contains("not the one pinned at login").contains("Nothing was sent");
        assertThat(itemsOfRun(tradeSecretCase(), title)).isEmpty();
    }

    @Test
    void aWrongTokenIsRefusedWithTheNotAuthorizedExitCodeAndChangesNoStoredLogin() throws Exception {
        String before = Files.readString(config);

        Run login = cli("login", "--server", SharedServer.baseUrl(), "--token", "edk_not-a-token", "--lang", "zh");

        assertThat(login.exitCode()).as(login.output()).isEqualTo(ExitCode.NOT_AUTHORIZED.code());
        assertThat(login.stderr()).contains("HTTP 401").contains("访问令牌无效");
        assertThat(Files.readString(config)).isEqualTo(before);
    }

    /** The demo's trade-secret case, Lianxin v. Quickcart, as counsel's case list shows it. */
    private static long tradeSecretCase() {
        JsonPath cases = ApiClient.as("counsel").queryParam("size", 200).get("/cases").then().statusCode(200).extract().jsonPath();
        return cases.getLong("items.find { it.ipType == 'TRADE_SECRET' && it.title.contains('Lianxin') }.id");
    }

    /** The case's items whose titles name this run (the sidecar's titles do), every page of them. */
    private static List<Map<String, Object>> itemsOfRun(long caseId, String run) {
        List<Map<String, Object>> found = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonPath items = ApiClient.as("counsel").queryParam("page", page).queryParam("size", 200)
                    .get("/cases/{caseId}/items", caseId).then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> pageItems = items.getList("items");
            pageItems.stream().filter(item -> String.valueOf(item.get("title")).contains(run)).forEach(found::add);
            if (pageItems.isEmpty() || (long) (page + 1) * 200 >= items.getLong("total")) {
                return found;
            }
        }
    }

    private Process start(String... arguments) throws IOException {
        return command(arguments).redirectError(temp.resolve("stderr-" + UUID.randomUUID()).toFile()).start();
    }

    private Run cli(String... arguments) throws Exception {
        Path out = temp.resolve("stdout-" + UUID.randomUUID());
        Path err = temp.resolve("stderr-" + UUID.randomUUID());
        Process process = command(arguments).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(10, TimeUnit.MINUTES)).isTrue();
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    /** The jar run as a user would, in English unless asked otherwise, with this test's config file and no other login. */
    private ProcessBuilder command(String... arguments) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()));
        command.addAll(List.of(arguments));
        if (!command.contains("--lang")) {
            command.addAll(List.of("--lang", "en"));
        }
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().keySet().removeIf(name -> name.startsWith("EVIDENCE_DESK_"));
        builder.environment().put("EVIDENCE_DESK_CONFIG", config.toString());
        return builder;
    }

    private record Run(int exitCode, String stdout, String stderr) {
        String output() {
            return stdout + "\n--- stderr ---\n" + stderr;
        }
    }
}
