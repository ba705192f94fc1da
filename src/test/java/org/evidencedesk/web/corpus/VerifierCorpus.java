package org.evidencedesk.web.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.evidencedesk.bundle.verify.VerificationLimits;
import org.evidencedesk.support.SharedServer;
import org.evidencedesk.support.WebClient;

/**
 * Archives and proofs for the public verifier (no login). Each gets a report that fails it with its reason, or a
 * refusal page, never a 500; and no upload, temporary file or verification folder stays behind on the server.
 */
public final class VerifierCorpus implements CorpusSection {

    private static final String PAGE = "/verify.xhtml";
    private static final String FAILED = "Verification FAILED";
    /** The verification folders' prefix ({@code bundle.verification.VerificationFolder}). */
    private static final String FOLDER_PREFIX = "evidence-desk-verify-";

    @Override
    public String title() {
        return "archives and proofs for the public verifier";
    }

    @Override
    public List<BadInput> inputs() {
        return List.of(
                bundle("an entry named ../x", "a failed report: the entry climbs out of the archive",
                        () -> renamed("../x"), "climbs out of the archive"),
                bundle("an entry named /etc/passwd", "a failed report: an absolute path",
                        () -> renamed("/etc/passwd"), "absolute path"),
                bundle("an entry named C:\\Windows\\x.ini", "a failed report: an absolute (drive-letter) path",
                        () -> renamed("C:\\Windows\\x.ini"), "absolute path"),
                bundle("two entries named VERIFY.txt", "a failed report: two entries of one name",
                        () -> renamed(Map.of("VERIFY.tx2", "VERIFY.txt")), "two entries named"),
                bundle("an entry name with a NUL byte", "a failed report: control characters in a name",
                        () -> renamed("a\0b.x"), "control characters"),
                bundle("a zip bomb (200 MB of zeros in 200 KB as manifest.json)", "a failed report: refused as a zip bomb",
                        VerifierCorpus::zipBomb, "zip bomb"),
                bundle("two entries sharing their bytes (overlapping)", "a failed report: overlapping entries",
                        VerifierCorpus::overlapping, "overlap"),
                bundle("200,000 empty entries", "a failed report: more entries than a bundle holds, refused from the directory",
                        VerifierCorpus::manyEntries, "200000 entries"),
                bundle("a manifest.json listing a million items", "a failed report: more items than the cap",
                        VerifierCorpus::millionItems, "more than " + VerificationLimits.MAX_MANIFEST_ITEMS),
                bundle("an ASiC manifest with a DOCTYPE and an external entity (XXE)", "a failed report: DOCTYPE refused",
                        () -> withManifest("<!DOCTYPE m [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"), "DOCTYPE"),
                bundle("an ASiC manifest with billion laughs", "a failed report: DOCTYPE refused",
                        () -> withManifest(billionLaughs()), "DOCTYPE"),
                bundle("a truncated archive", "a failed report: not a zip archive, or a truncated one",
                        VerifierCorpus::truncated, "truncated"),
                bundle("a text file called bundle.asice", "a failed report: not a zip archive",
                        () -> "just some text, not a zip".getBytes(StandardCharsets.UTF_8), "not a zip archive"),
                new BadInput("a 70 KiB .tsr with a file", "refused on the page: the proof is larger than 64 KiB",
                        () -> clean(VerifierCorpus::proofOverTheCap)),
                new BadInput("a multipart POST announcing a 900 MB proof (only its headers are sent)",
                        "413 and the too-large page, answered from the headers", () -> clean(VerifierCorpus::announcedProof)),
                new BadInput("a third verification while two are running", "503 with Retry-After and the busy page; the two finish",
                        () -> clean(VerifierCorpus::busy)));
    }

    /** A probe that uploads {@code content} as a bundle and expects a failed report naming {@code reason}. */
    private static BadInput bundle(String name, String expected, Content content, String reason) {
        return new BadInput(name, expected, () -> clean(() -> {
            HttpResponse<String> page = new Visitor().verifyBundle("hostile.asice", content.bytes());
            assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
            assertThat(page.body()).contains(FAILED, reason);
        }));
    }

    @FunctionalInterface
    private interface Content {
        byte[] bytes() throws IOException;
    }

    /** Runs a probe and asserts that it left no verification folder and no uploaded file on the server. */
    private static void clean(BadInput.Probe probe) throws Exception {
        Set<Path> before = temporaryFiles();
        probe.send();
        Set<Path> after = temporaryFiles();
        after.removeAll(before);
        assertThat(after).as("left behind on the server").isEmpty();
    }

    /** Every verification folder, and every file in the container's temporary directories, of the shared server. */
    private static Set<Path> temporaryFiles() throws IOException {
        Path root = SharedServer.dataDirectory().getParent();
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(path -> path.toString().contains(FOLDER_PREFIX)
                            || (Files.isRegularFile(path) && path.toString().contains("/generated/") && !path.toString().endsWith(".class")))
                    .collect(Collectors.toCollection(java.util.HashSet::new));
        } catch (UncheckedIOException e) {
            return temporaryFiles();
        }
    }

    private static void proofOverTheCap() throws Exception {
        Visitor visitor = new Visitor();
        HttpResponse<String> page = visitor.post(visitor.open(), "fileForm", "verifyFile", Map.of(
                "file", new Upload("listing.png", "some evidence".getBytes(StandardCharsets.UTF_8)),
                "proof", new Upload("listing.tsr", new byte[70 * 1024])));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("larger than 64 KiB");
    }

    private static void announcedProof() throws IOException {
        URI base = URI.create(SharedServer.baseUrl());
        long announced = 900L * 1024 * 1024;
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + PAGE + " HTTP/1.1\r\nHost: " + base.getHost() + "\r\n"
                    + "Content-Type: multipart/form-data; boundary=xyz\r\nContent-Length: " + announced + "\r\n\r\n"
                    + "--xyz\r\nContent-Disposition: form-data; name=\"fileForm:proof\"; filename=\"huge.tsr\"\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(new byte[64 * 1024]);
            out.flush();
            String answer = untilPageEnds(socket.getInputStream());
            assertThat(answer).startsWith("HTTP/1.1 413").contains("Too large to verify here", "Connection: close");
        }
    }

    /**
     * Two visitors start uploads and hold them half sent, which holds both verification slots; a third is asked
     * to come back, and once the two finish, the next verification runs.
     */
    private static void busy() throws Exception {
        List<Socket> holders = new ArrayList<>();
        List<byte[]> tails = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                Visitor holder = new Visitor();
                byte[][] body = holder.body(holder.open(), "bundleForm", "verifyBundle",
                        Map.of("bundle", new Upload("held.asice", "not a zip".getBytes(StandardCharsets.UTF_8))));
                holders.add(holder.startPost(body[0], body[1].length + body[2].length, body[1]));
                tails.add(body[2]);
            }
            Thread.sleep(1000);
            HttpResponse<String> refused = new Visitor().verifyBundle("third.asice", "not a zip".getBytes(StandardCharsets.UTF_8));
            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(refused.headers().firstValue("Retry-After")).hasValue("30");
            assertThat(refused.body()).contains("The verifier is busy", "try again");
            for (int i = 0; i < holders.size(); i++) {
                holders.get(i).getOutputStream().write(tails.get(i));
                holders.get(i).getOutputStream().flush();
                String finished = untilPageEnds(holders.get(i).getInputStream());
                assertThat(finished).startsWith("HTTP/1.1 200").contains(FAILED, "not a zip archive");
            }
        } finally {
            for (Socket holder : holders) {
                holder.close();
            }
        }
        assertThat(new Visitor().verifyBundle("after.asice", "not a zip".getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(200);
    }

    /** The answer on a raw connection up to the end of its page (the server may keep the connection open). */
    private static String untilPageEnds(InputStream in) throws IOException {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int read; !answer.toString(StandardCharsets.UTF_8).contains("</html>") && (read = in.read(buffer)) != -1; ) {
            answer.write(buffer, 0, read);
        }
        return answer.toString(StandardCharsets.UTF_8);
    }

    // ----- the archives -----

    /** A small archive with an entry named {@code hostile}: written under a placeholder of its length, then renamed. */
    private static byte[] renamed(String hostile) {
        return renamed(Map.of("q".repeat(hostile.getBytes(StandardCharsets.UTF_8).length), hostile));
    }

    /** A small archive holding every name of {@code renames} under its placeholder (of one length), then renamed. */
    private static byte[] renamed(Map<String, String> renames) {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("mimetype", "application/vnd.etsi.asic-e+zip");
        entries.put("VERIFY.txt", "the first");
        renames.keySet().forEach(placeholder -> entries.put(placeholder, "hostile"));
        byte[] archive = archive(entries);
        for (Map.Entry<String, String> rename : renames.entrySet()) {
            archive = replaceAll(archive, rename.getKey().getBytes(StandardCharsets.UTF_8), rename.getValue().getBytes(StandardCharsets.UTF_8));
        }
        return archive;
    }

    /** The first half of an archive whose content does not compress, so its directory is surely cut off. */
    private static byte[] truncated() {
        StringBuilder noise = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            noise.append(Integer.toHexString(i * 0x9E3779B1));
        }
        byte[] whole = archive(Map.of("mimetype", "application/vnd.etsi.asic-e+zip", "a.txt", noise.toString()));
        return Arrays.copyOf(whole, whole.length / 2);
    }

    private static byte[] zipBomb() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("manifest.json"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 200; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private static byte[] overlapping() {
        byte[] archive = archive(Map.of("a.bin", "the bytes of one entry", "b.bin", "the bytes of another"));
        ByteBuffer buffer = ByteBuffer.wrap(archive).order(ByteOrder.LITTLE_ENDIAN);
        int local = header(archive, 0x04034b50, 30, "a.bin");
        buffer.putInt(header(archive, 0x02014b50, 46, "b.bin") + 42, local);
        return archive;
    }

    private static byte[] manyEntries() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(0);
            for (int i = 0; i < 200_000; i++) {
                zip.putNextEntry(new ZipEntry(Integer.toString(i, 36)));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static byte[] millionItems() {
        StringBuilder json = new StringBuilder("{\"case\":\"x\",\"items\":[");
        for (int i = 0; i < 1_000_000; i++) {
            json.append(i == 0 ? "" : ",").append("{\"e\":\"").append(Integer.toHexString(i * 0x9E3779B1)).append("\"}");
        }
        return archive(Map.of("mimetype", "application/vnd.etsi.asic-e+zip", "manifest.json", json.append("]}").toString()));
    }

    private static byte[] withManifest(String doctype) {
        return archive(Map.of("mimetype", "application/vnd.etsi.asic-e+zip", "META-INF/ASiCManifest.xml",
                "<?xml version=\"1.0\"?>" + doctype + "<asic:ASiCManifest xmlns:asic=\"http://uri.etsi.org/02918/v1.2.1#\">"
                        + (doctype.contains("lol") ? "&lol9;" : "&x;") + "</asic:ASiCManifest>",
                "META-INF/signature001.p7s", "not a signature"));
    }

    private static String billionLaughs() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE lolz [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        return dtd.append("]>").toString();
    }

    private static byte[] archive(Map<String, String> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] replaceAll(byte[] archive, byte[] from, byte[] to) {
        byte[] out = archive.clone();
        for (int i = 0; i + from.length <= out.length; i++) {
            if (Arrays.equals(out, i, i + from.length, from, 0, from.length)) {
                System.arraycopy(to, 0, out, i, to.length);
            }
        }
        return out;
    }

    private static int header(byte[] archive, int signature, int nameAt, String name) {
        byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
        ByteBuffer buffer = ByteBuffer.wrap(archive).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i + nameAt + wanted.length <= archive.length; i++) {
            if (buffer.getInt(i) == signature && Arrays.equals(archive, i + nameAt, i + nameAt + wanted.length, wanted, 0, wanted.length)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no header for " + name);
    }

    // ----- a visitor of the public page -----

    private record Upload(String fileName, byte[] content) {
    }

    /** One anonymous visitor with a session of its own, posting the page's multipart forms as a browser does. */
    private static final class Visitor {

        private final CookieManager cookies = new CookieManager();
        private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(cookies).connectTimeout(Duration.ofSeconds(20)).build();

        WebClient.OpenPage open() throws IOException, InterruptedException {
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(SharedServer.baseUrl() + PAGE.substring(1)))
                    .header("Accept-Language", "en").build(), HttpResponse.BodyHandlers.ofString());
            return WebClient.opened(PAGE, page);
        }

        HttpResponse<String> verifyBundle(String fileName, byte[] content) throws IOException, InterruptedException {
            return post(open(), "bundleForm", "verifyBundle", Map.of("bundle", new Upload(fileName, content)));
        }

        HttpResponse<String> post(WebClient.OpenPage page, String formId, String button, Map<String, Upload> files)
                throws IOException, InterruptedException {
            byte[][] body = body(page, formId, button, files);
            return http.send(HttpRequest.newBuilder(URI.create(SharedServer.baseUrl() + page.path().substring(1)))
                    .header("Content-Type", "multipart/form-data; boundary=" + new String(body[0], StandardCharsets.US_ASCII))
                    .header("Accept-Language", "en")
                    .timeout(Duration.ofMinutes(2))
                    .POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(body[1], body[2]))).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        /**
         * Sends the headers of a multipart POST announcing {@code length} bytes, and {@code head} of its body, on a
         * connection of its own; the caller sends the rest.
         */
        Socket startPost(byte[] boundary, long length, byte[] head) throws IOException {
            URI base = URI.create(SharedServer.baseUrl());
            Socket socket = new Socket(base.getHost(), base.getPort());
            socket.setSoTimeout(60_000);
            String session = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                    .map(c -> "Cookie: JSESSIONID=" + c.getValue() + "\r\n").findFirst().orElse("");
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + PAGE + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort() + "\r\n"
                    + "Content-Type: multipart/form-data; boundary=" + new String(boundary, StandardCharsets.US_ASCII) + "\r\n"
                    + "Content-Length: " + length + "\r\nAccept-Language: en\r\n" + session + "\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(head);
            out.flush();
            return socket;
        }

        /** The boundary, the body up to its last part's end, and the closing boundary. */
        byte[][] body(WebClient.OpenPage page, String formId, String button, Map<String, Upload> files) {
            String boundary = "----EvidenceDeskCorpus" + Long.toHexString(System.nanoTime());
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            Map<String, String> fields = new LinkedHashMap<>(page.hiddenFields());
            fields.put("primefaces.nonce", page.nonce());
            fields.put(formId, formId);
            fields.put(formId + ":" + button, "");
            fields.forEach((key, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                    + key + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
            files.forEach((field, upload) -> {
                body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + formId + ":" + field
                        + "\"; filename=\"" + upload.fileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
                body.writeBytes(upload.content());
                body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
            });
            return new byte[][] {boundary.getBytes(StandardCharsets.US_ASCII), body.toByteArray(),
                    ("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8)};
        }
    }
}
