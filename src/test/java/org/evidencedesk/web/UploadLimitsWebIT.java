package org.evidencedesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.evidencedesk.support.ServerProcess;
import org.evidencedesk.support.WebClient;
import org.evidencedesk.support.WebClient.OpenPage;
import org.evidencedesk.web.corpus.RawRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The upload limits on a server of its own with low ones: an 8 MiB evidence upload limit, and a disk reserve set
 * so that the data disk has about 20 GiB to give (the verifier's limit is 1 TiB, so only the reserve stops a
 * large announced bundle). A chunked upload, which announces no length, is counted as it arrives: under the
 * limit it reaches the page, over it it is cut off early with 413 and leaves no file behind.
 */
class UploadLimitsWebIT {

    private static final long MiB = 1024 * 1024;
    private static final Pattern CASE_LINK = Pattern.compile("view\\.xhtml\\?id=(\\d+)");
    private static final String BOUNDARY = "----LimitsBoundary";

    private static ServerProcess server;

    @BeforeAll
    static void startWithLowLimits() throws Exception {
        Path root = Path.of(System.getProperty("project.build.directory", "target")).toAbsolutePath().resolve("upload-limits-it");
        Files.createDirectories(root);
        long usable = Files.getFileStore(root).getUsableSpace();
        server = ServerProcess.start(root, true, Map.of(
                "evidencedesk.upload.limit", "8MiB",
                "evidencedesk.verify.bundle.limit", "1TiB",
                "evidencedesk.disk.reserve", String.valueOf(Math.max(0, usable - 20L * 1024 * MiB))));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void aChunkedUploadUnderTheLimitReachesThePage() throws Exception {
        WebClient counsel = counsel();
        OpenPage page = counsel.open("evidence/upload.xhtml?case=" + demoCase(counsel));
        byte[] content = new byte[(int) (3 * MiB)];
        Arrays.fill(content, (byte) 'c');
        byte[] body = concat(uploadHead(page, "chunked.bin"), content, ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));

        RawRequest.Answer answer = RawRequest.send(server.baseUrl(), uploadRequest(counsel, page, "Transfer-Encoding: chunked"),
                offset -> Arrays.copyOfRange(body, (int) offset, (int) Math.min(body.length, offset + 65_536)), body.length, true);

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.body()).contains("ed-pending", "chunked.bin");
        assertNoTemporaryUploadLeft();
    }

    @Test
    void aChunkedUploadOverTheLimitIsCutOffEarlyAndLeavesNothing() throws Exception {
        WebClient counsel = counsel();
        OpenPage page = counsel.open("evidence/upload.xhtml?case=" + demoCase(counsel));
        byte[] head = uploadHead(page, "endless.bin");

        RawRequest.Answer answer = RawRequest.send(server.baseUrl(), uploadRequest(counsel, page, "Transfer-Encoding: chunked"),
                offset -> offset == 0 ? head : filler(), 4096 * MiB, true);

        assertThat(answer.status()).as(answer.body()).isEqualTo(413);
        assertThat(answer.body()).contains("larger than this page accepts")
                .as("the gate's own answer carries the security headers")
                .contains("X-Content-Type-Options: nosniff", "X-Frame-Options: DENY", "Referrer-Policy: same-origin",
                        "Cache-Control: no-store", "Content-Security-Policy: default-src 'none'");
        assertThat(answer.bodyBytesSent()).as("bytes sent before the refusal").isLessThan(9 * MiB + 48 * MiB);
        assertNoTemporaryUploadLeft();
    }

    @Test
    void anAnnouncedUploadThatWouldEatIntoTheDiskReserveIsRefusedWith507InTheBrowsersLanguage() throws Exception {
        RawRequest.Answer answer = RawRequest.send(server.baseUrl(), RawRequest.head("POST", "/verify.xhtml",
                "Content-Type: multipart/form-data; boundary=" + BOUNDARY, "Content-Length: " + 100L * 1024 * MiB,
                "Accept-Language: zh-CN"), offset -> filler(), 16 * MiB, false);

        assertThat(answer.status()).as(answer.body()).isEqualTo(507);
        assertThat(answer.body()).contains("服务器的证据磁盘空间不足");
        assertThat(answer.bodyBytesSent()).isLessThan(16 * MiB);
        assertNoTemporaryUploadLeft();
    }

    @Test
    void anAnnouncedUploadThatLeavesTheReserveFreeGoesThrough() throws Exception {
        byte[] body = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\ny\r\n--" + BOUNDARY + "--\r\n")
                .getBytes(StandardCharsets.US_ASCII);

        RawRequest.Answer answer = RawRequest.send(server.baseUrl(), RawRequest.head("POST", "/verify.xhtml",
                "Content-Type: multipart/form-data; boundary=" + BOUNDARY, "Content-Length: " + body.length, "Connection: close"),
                offset -> body, body.length, false);

        assertThat(answer.status()).as(answer.body()).isNotIn(400, 413, 415, 500, 507);
    }

    /** The fields PrimeFaces' upload script posts, up to the start of the file's content. */
    private static byte[] uploadHead(OpenPage page, String fileName) {
        String component = "upload:files";
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("upload", "upload");
        fields.put("jakarta.faces.ViewState", page.hiddenFields().get("jakarta.faces.ViewState"));
        fields.put("primefaces.nonce", page.nonce());
        fields.put("jakarta.faces.partial.ajax", "true");
        fields.put("jakarta.faces.partial.execute", component);
        fields.put("jakarta.faces.source", component);
        fields.put(component + "_totalFilesCount", "1");
        fields.put("jakarta.faces.partial.render", "describe messages");
        StringBuilder head = new StringBuilder();
        fields.forEach((name, value) -> head.append("--").append(BOUNDARY).append("\r\nContent-Disposition: form-data; name=\"")
                .append(name).append("\"\r\n\r\n").append(value).append("\r\n"));
        head.append("--").append(BOUNDARY).append("\r\nContent-Disposition: form-data; name=\"").append(component)
                .append("\"; filename=\"").append(fileName).append("\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        return head.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String uploadRequest(WebClient counsel, OpenPage page, String lengthHeader) {
        return RawRequest.head("POST", "/" + page.path(), "Content-Type: multipart/form-data; boundary=" + BOUNDARY,
                "Faces-Request: partial/ajax", "Cookie: JSESSIONID=" + counsel.sessionId().orElseThrow(), lengthHeader,
                "Connection: close");
    }

    private static void assertNoTemporaryUploadLeft() throws Exception {
        try (Stream<Path> files = Files.walk(server.dataDirectory().getParent())) {
            assertThat(files.filter(path -> path.getFileName().toString().matches("upload_.*\\.tmp"))).isEmpty();
        }
    }

    private static WebClient counsel() throws Exception {
        WebClient counsel = new WebClient(server.baseUrl());
        assertThat(counsel.login("counsel", "Demo-Evidence-2026").statusCode()).isEqualTo(302);
        return counsel;
    }

    private static String demoCase(WebClient counsel) throws Exception {
        Matcher link = CASE_LINK.matcher(counsel.get("cases/list.xhtml?q=pricewise").body());
        assertThat(link.find()).as("the demo case Pricewise").isTrue();
        return link.group(1);
    }

    private static byte[] filler() {
        byte[] chunk = new byte[65_536];
        Arrays.fill(chunk, (byte) 'f');
        return chunk;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            all.writeBytes(part);
        }
        return all.toByteArray();
    }
}
