package org.evidencedesk.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.evidencedesk.bundle.verify.JsonProbe;
import org.evidencedesk.signing.OpensslCommand;
import org.evidencedesk.support.CustodyLogReader;
import org.evidencedesk.support.SharedServer;
import org.evidencedesk.support.WebClient;
import org.evidencedesk.support.WebClient.OpenPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Over HTTP against the shared server, issue 10 item 1: the respondent's counsel submits a court-only item to the
 * demo case "Lianxin"; the claimant's counsel's bundle holds no trace of it anywhere (its name, title, SHA-256 in
 * hex and base64, SM3 and size as the custody log would give them), yet openssl verifies the manifest signature,
 * the verify command and the public verification page pass the bundle, and the custody chain checks to its signed
 * checkpoint. The clerk's bundle of the same case reveals the entry, and the claimant's custody tab then shows nothing
 * of the clerk's export of it.
 */
@ExtendWith(SharedServer.class)
class BundleRedactionWebIT {

    private static final String PASSWORD = "Demo-Evidence-2026";
    private static final Pattern CASE_LINK = Pattern.compile("view\\.xhtml\\?id=(\\d+)");
    /** A size no other test uses, so that {@code "size":97531} can only be this item's. */
    private static final int SIZE = 97_531;

    @TempDir
    Path temp;

    @Test
    void theOtherSidesCourtOnlyItemLeavesNoTraceInCounselsBundleWhichStillVerifies() throws Exception {
        String marker = Long.toHexString(System.nanoTime());
        String fileName = "quickcart-ranking-weights-" + marker + ".bin";
        String title = "Court-only ranking weights " + marker;
        byte[] content = new byte[SIZE];
        new Random().nextBytes(content);
        WebClient defence = loggedIn("defence");
        WebClient counsel = loggedIn("counsel");
        WebClient clerk = loggedIn("clerk");
        long caseId = lianxin(clerk);
        submitCourtOnly(defence, caseId, fileName, title, content);

        byte[] sha256 = BundleFixture.sha256(content);
        List<String> traces = List.of(fileName, title, marker, HexFormat.of().formatHex(sha256),
                Base64.getEncoder().encodeToString(sha256), sm3(content), "\"size\":" + SIZE);

        Path bundle = Files.write(temp.resolve("counsel.asice"), exportBundle(counsel, caseId));
        Map<String, byte[]> parts = Archives.entries(bundle);
        for (Map.Entry<String, byte[]> part : parts.entrySet()) {
            String text = part.getKey().endsWith(".pdf") ? pdfText(part.getValue())
                    : new String(part.getValue(), StandardCharsets.ISO_8859_1);
            assertThat(part.getKey()).doesNotContain(marker);
            for (String trace : traces) {
                assertThat(text).as("%s in %s", trace, part.getKey()).doesNotContain(trace);
            }
        }
        String log = new String(parts.get(BundleLayout.CUSTODY_LOG), StandardCharsets.UTF_8);
        assertThat(log).as("entries withheld from counsel stay in the chain as bare links").contains("\"v\":2,\"previousHash\"");

        Path unpacked = unpack(parts);
        Files.writeString(unpacked.resolve("trusted-root.pem"), clerk.get("root-ca.pem").body());
        OpensslCommand.Result signature = OpensslCommand.run(unpacked, "cms", "-verify", "-cades", "-binary", "-inform", "DER",
                "-in", BundleLayout.SIGNATURE, "-content", BundleLayout.ASIC_MANIFEST,
                "-CAfile", "trusted-root.pem", "-purpose", "any", "-out", "/dev/null");
        assertThat(signature.succeeded()).as(signature.output()).isTrue();
        String report = verifyCommand(bundle, unpacked.resolve("trusted-root.pem"));
        assertThat(report).contains("PASS  Custody chain:", "PASS  Custody checkpoint:", "NOTE  Withheld custody entries:",
                "Every check passed.");
        WebClient visitor = new WebClient(SharedServer.baseUrl());
        String page = visitor.submitFile(visitor.open("verify.xhtml"), "bundleForm", "verifyBundle", "bundle", "counsel.asice",
                Files.readAllBytes(bundle)).body();
        assertThat(page).as("the public verification page").contains("Every check passed.", "Withheld custody entries")
                .doesNotContain("ed-fail");

        CustodyLogReader courtLogReader = new CustodyLogReader(clerk, caseId);
        int linesBeforeCourtExport = courtLogReader.lines().size();
        Path courtBundle = Files.write(temp.resolve("clerk.asice"), exportBundle(clerk, caseId));
        Map<String, byte[]> courtParts = Archives.entries(courtBundle);
        String courtLog = new String(courtParts.get(BundleLayout.CUSTODY_LOG), StandardCharsets.UTF_8);
        assertThat(courtLog).contains(fileName, HexFormat.of().formatHex(sha256), "\"size\":" + SIZE);
        String exhibit = exhibitTitled(courtParts, title);
        assertThat(verifyCommand(courtBundle, unpacked.resolve("trusted-root.pem"))).contains("Every check passed.");

        List<String> courtView = courtLogReader.onceExportedBy("clerk", linesBeforeCourtExport);
        Map<String, Object> clerksExport = JsonProbe.object(courtView.get(courtView.size() - 1));
        assertThat(String.valueOf(clerksExport.get("details"))).contains("BUNDLE_EXPORTED", exhibit);
        HttpResponse<String> casePage = counsel.get("cases/view.xhtml?tab=custody&id=" + caseId);
        assertThat(casePage.statusCode()).isEqualTo(200);
        assertThat(casePage.body()).as("the custody tab shows the clerk's export to counsel as a bare row")
                .contains("ed-withheld", ((String) clerksExport.get("hash")).substring(0, 16));
        assertThat(casePage.body()).as("the clerk's export, listing the court-only exhibit, as counsel sees it")
                .doesNotContain(exhibit, fileName, HexFormat.of().formatHex(sha256));
    }

    /** The export as the page posts it: the plain form of {@code evidence/export.xhtml}, with its session token. */
    private static byte[] exportBundle(WebClient client, long caseId) throws Exception {
        String token = client.open("evidence/export.xhtml?case=" + caseId).hiddenFields().get("csrf");
        HttpResponse<byte[]> answer = client.post("evidence/bundle/" + caseId, Map.of("select", "all", "csrf", token));
        assertThat(answer.statusCode()).isEqualTo(200);
        return answer.body();
    }

    private static void submitCourtOnly(WebClient defence, long caseId, String fileName, String title, byte[] content)
            throws Exception {
        OpenPage page = defence.open("evidence/upload.xhtml?case=" + caseId);
        HttpResponse<String> uploaded = defence.upload(page, "upload:files", "describe messages", fileName, content);
        assertThat(uploaded.body()).contains("ed-pending");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("items:0:title", title);
        form.put("items:0:fact", "The respondent's weights differ from the claimant's.");
        form.put("items:0:confidentiality_input", "COURT_ONLY");
        HttpResponse<String> submitted = defence.submit(page, "describe", "submit", form);
        assertThat(submitted.statusCode()).as("submit answered:\n%s", submitted.body()).isEqualTo(302);
    }

    private static long lianxin(WebClient clerk) throws Exception {
        Matcher link = CASE_LINK.matcher(clerk.get("cases/list.xhtml?q=lianxin").body());
        assertThat(link.find()).as("the demo case Lianxin").isTrue();
        return Long.parseLong(link.group(1));
    }

    @SuppressWarnings("unchecked")
    private static String exhibitTitled(Map<String, byte[]> parts, String title) {
        Map<String, Object> manifest = JsonProbe.object(new String(parts.get(BundleLayout.MANIFEST_JSON), StandardCharsets.UTF_8));
        return ((List<Map<String, Object>>) manifest.get("items")).stream()
                .filter(item -> title.equals(item.get("title")))
                .map(item -> (String) item.get("exhibit"))
                .findFirst().orElseThrow(() -> new AssertionError("the clerk's bundle lacks " + title));
    }

    private Path unpack(Map<String, byte[]> parts) throws Exception {
        Path unpacked = Files.createDirectories(temp.resolve("unpacked"));
        for (String name : List.of(BundleLayout.SIGNATURE, BundleLayout.ASIC_MANIFEST)) {
            Files.createDirectories(unpacked.resolve(name).getParent());
            Files.write(unpacked.resolve(name), parts.get(name));
        }
        return unpacked;
    }

    /** The jar {@code mvn package} built, run as a recipient would; answers its report. */
    private String verifyCommand(Path bundle, Path root) throws Exception {
        Path jar = Path.of(System.getProperty("project.build.directory", "target"), "evidence-desk-verify.jar");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), bundle.toString(), "--trust", root.toString()));
        Path output = temp.resolve("verify-" + bundle.getFileName() + ".txt");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String report = Files.readString(output);
        assertThat(process.exitValue()).as(report).isZero();
        return report;
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static String sm3(byte[] content) {
        SM3Digest sm3 = new SM3Digest();
        sm3.update(content, 0, content.length);
        byte[] digest = new byte[sm3.getDigestSize()];
        sm3.doFinal(digest, 0);
        return HexFormat.of().formatHex(digest);
    }

    private static WebClient loggedIn(String username) throws Exception {
        WebClient client = new WebClient(SharedServer.baseUrl());
        assertThat(client.login(username, PASSWORD).statusCode()).isEqualTo(302);
        return client;
    }
}
