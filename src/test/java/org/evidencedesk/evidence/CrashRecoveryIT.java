package org.evidencedesk.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.evidencedesk.support.ServerProcess;
import org.evidencedesk.support.WebClient;
import org.evidencedesk.support.WebClient.OpenPage;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, finding 6: a real Payara Micro is killed with SIGKILL while four clients upload files of a few MB
 * through the upload page (submitting most, abandoning some), a bundle export is being streamed, and an upload is
 * half-way through its body; then it is started again on the same data directory. Afterwards every receipt a client
 * got names a row, every row has its blob, every blob's bytes hash to its name, the unregistered blobs and the
 * temporary files of the interrupted uploads are gone once their grace has passed (20 seconds here), the files the
 * half-streamed export spooled are gone at the start, intake works, and the integrity sweep is clean. Two server
 * starts in all.
 */
class CrashRecoveryIT {

    private static final Path ROOT = Path.of(System.getProperty("project.build.directory", "target"), "crash-it")
            .toAbsolutePath();
    private static final Map<String, String> SETTINGS = Map.of("evidencedesk.blobs.unregistered.grace", "20s");
    private static final String PASSWORD = "Demo-Evidence-2026";
    private static final Pattern CASE_LINK = Pattern.compile("view\\.xhtml\\?id=(\\d+)");
    private static final int UPLOADERS = 4;
    private static final int FILE_SIZE = 3 << 20;
    private static final int RECEIPTS_BEFORE_THE_KILL = 6;

    /** SHA-256 of every file whose submit was answered "received": the client holds a receipt for each. */
    private final Set<String> receipted = ConcurrentHashMap.newKeySet();
    /** SHA-256 of every file uploaded and then abandoned, its form never submitted. */
    private final Set<String> abandoned = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean crashed = new AtomicBoolean();

    @Test
    void aServerKilledDuringUploadsAndAnExportLosesNothingItReceiptedAndLeavesNoDebris() throws Exception {
        ServerProcess first = ServerProcess.start(ROOT, true, SETTINGS);
        long caseId;
        Path spool = first.contextTemporaryDirectory();
        ExecutorService clients = Executors.newFixedThreadPool(UPLOADERS + 2);
        try {
            caseId = lianxin(loggedIn(first, "clerk"));
            for (int i = 0; i < UPLOADERS; i++) {
                String user = i % 2 == 0 ? "counsel" : "defence";
                int seed = i;
                clients.submit(() -> uploadUntilTheCrash(first, user, caseId, seed));
            }
            clients.submit(() -> exportUntilTheCrash(first, caseId));
            Socket halfUpload = startAnUploadThatNeverFinishes(first, caseId);
            awaitReceiptsASpooledHalfUploadAndExport(first, spool);
            crashed.set(true);
            first.kill();
            halfUpload.close();
        } finally {
            crashed.set(true);
            first.kill();
            clients.shutdownNow();
            clients.awaitTermination(30, TimeUnit.SECONDS);
        }
        Path blobs = first.dataDirectory().resolve("blobs");
        assertThat(spoolFiles(spool)).as("the container's spooled half-upload is left by the crash").isNotEmpty();
        assertThat(first.exportSpool()).as("the half-streamed export's spooled files, left by the crash").isNotEmpty();
        // Checked at rest: once the server is up again, its clean-up removes unregistered blobs while they are read.
        for (Path blob : storedBlobs(blobs)) {
            assertThat(sha256Of(blob)).as("no blob is half-written: %s", blob).isEqualTo(blob.getFileName().toString());
        }
        // What a write cut off inside the store leaves (the uploads above are quick to catch in that state).
        Path cutOff = Files.write(blobs.resolve("tmp/upload-cut-off-by-the-crash.part"), new byte[1 << 20]);

        ServerProcess second = ServerProcess.start(ROOT, false, SETTINGS);
        try {
            try (Connection database = second.openDatabase()) {
                Map<String, String> rows = evidenceRows(database);
                assertThat(rows.values()).as("every receipt issued before the kill names a row").containsAll(receipted);
                for (String sha256 : rows.values()) {
                    Path blob = blobPath(blobs, sha256);
                    assertThat(blob).as("the blob of a row").exists();
                    assertThat(sha256Of(blob)).as("the stored bytes of a row").isEqualTo(sha256);
                }
                awaitTheDebrisCleanUp(second);
                Set<String> named = named(database);
                assertThat(storedBlobs(blobs)).as("only blobs that evidence or a ruling names remain")
                        .allSatisfy(blob -> assertThat(named).contains(blob.getFileName().toString()));
                assertThat(abandoned).as("uploads abandoned before the kill").isNotEmpty()
                        .allSatisfy(sha256 -> assertThat(blobPath(blobs, sha256)).doesNotExist());
            }
            assertThat(cutOff).as("the store's temporary file of the cut-off write").doesNotExist();
            assertThat(spoolFiles(spool)).as("the container's spooled half-upload").isEmpty();
            assertThat(second.exportSpool()).as("the export's spooled files, removed at the start").isEmpty();
            assertThat(second.log()).contains("Temporary directory at start-up: ");

            String sha256 = uploadAndSubmit(loggedIn(second, "counsel"), caseId, new Random(99), true);
            assertThat(sha256).as("intake works after the crash").isNotNull();
            assertThat(integritySweep(second)).doesNotContain("ed-overdue").contains("items-checked");
        } finally {
            second.stop();
        }
    }

    private void uploadUntilTheCrash(ServerProcess server, String user, long caseId, int seed) {
        Random random = new Random(seed);
        try {
            WebClient client = loggedIn(server, user);
            for (int n = 0; !crashed.get(); n++) {
                // One in three is uploaded and abandoned, as by a user who never submits the form.
                uploadAndSubmit(client, caseId, random, n % 3 != 2);
            }
        } catch (Exception e) {
            // The kill cuts every request off; what reached a receipt before it is all that counts.
        }
    }

    /** Uploads one file of a few MB; when {@code submit}, submits it; answers its SHA-256 once receipted. */
    private String uploadAndSubmit(WebClient client, long caseId, Random random, boolean submit) throws Exception {
        byte[] content = new byte[FILE_SIZE];
        random.nextBytes(content);
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        OpenPage page = client.open("evidence/upload.xhtml?case=" + caseId);
        HttpResponse<String> uploaded = client.upload(page, "upload:files", "describe messages", sha256 + ".bin", content);
        if (!uploaded.body().contains("ed-pending")) {
            return null;
        }
        if (!submit) {
            abandoned.add(sha256);
            return null;
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("items:0:title", "Crash test " + sha256.substring(0, 12));
        form.put("items:0:fact", "That nothing receipted is lost in a crash.");
        form.put("items:0:confidentiality_input", "PARTIES");
        HttpResponse<String> submitted = client.submit(page, "describe", "submit", form);
        if (submitted.statusCode() != 302) {
            return null;
        }
        receipted.add(sha256);
        return sha256;
    }

    /** Exports the case's bundle again and again, reading each slowly, so the kill finds one half-streamed. */
    private void exportUntilTheCrash(ServerProcess server, long caseId) {
        try {
            WebClient clerk = loggedIn(server, "clerk");
            HttpClient http = HttpClient.newHttpClient();
            while (!crashed.get()) {
                String token = clerk.open("evidence/export.xhtml?case=" + caseId).hiddenFields().get("csrf");
                HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUrl() + "evidence/bundle/" + caseId))
                        .header("Cookie", "JSESSIONID=" + clerk.sessionId().orElseThrow())
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("select=all&csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8)))
                        .build();
                try (InputStream bundle = http.send(request, HttpResponse.BodyHandlers.ofInputStream()).body()) {
                    byte[] buffer = new byte[64 << 10];
                    while (!crashed.get() && bundle.read(buffer) >= 0) {
                        Thread.sleep(50);
                    }
                }
            }
        } catch (Exception e) {
            // Cut off by the kill.
        }
    }

    /**
     * Sends the head of an upload and 2 MB of its file, declaring 64 MB, and then nothing more: the container
     * spools the part to a file of its own and waits for the rest, which never comes.
     */
    private static Socket startAnUploadThatNeverFinishes(ServerProcess server, long caseId) throws Exception {
        WebClient counsel = loggedIn(server, "counsel");
        String path = "evidence/upload.xhtml?case=" + caseId;
        OpenPage page = counsel.open(path);
        String boundary = "----CrashTest" + Long.toHexString(System.nanoTime());
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("upload", "upload");
        fields.put("jakarta.faces.ViewState", page.hiddenFields().get("jakarta.faces.ViewState"));
        fields.put("primefaces.nonce", page.nonce());
        fields.put("jakarta.faces.partial.ajax", "true");
        fields.put("jakarta.faces.partial.execute", "upload:files");
        fields.put("jakarta.faces.source", "upload:files");
        StringBuilder head = new StringBuilder();
        fields.forEach((name, value) -> head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"")
                .append(name).append("\"\r\n\r\n").append(value).append("\r\n"));
        head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"upload:files\"; filename=\"never.bin\"")
                .append("\r\nContent-Type: application/octet-stream\r\n\r\n");
        URI base = URI.create(server.baseUrl());
        Socket socket = new Socket(base.getHost(), base.getPort());
        OutputStream out = socket.getOutputStream();
        out.write(("POST /" + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                + "\r\nCookie: JSESSIONID=" + counsel.sessionId().orElseThrow()
                + "\r\nFaces-Request: partial/ajax\r\nContent-Type: multipart/form-data; boundary=" + boundary
                + "\r\nContent-Length: " + (64 << 20) + "\r\n\r\n" + head).getBytes(StandardCharsets.UTF_8));
        out.write(new byte[2 << 20]);
        out.flush();
        return socket;
    }

    private void awaitReceiptsASpooledHalfUploadAndExport(ServerProcess server, Path spool) throws Exception {
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(5));
        while (Instant.now().isBefore(giveUp)) {
            if (receipted.size() >= RECEIPTS_BEFORE_THE_KILL && !abandoned.isEmpty() && hasHalfUpload(spool)
                    && !server.exportSpool().isEmpty()) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("Before the kill: " + receipted.size() + " receipt(s), " + abandoned.size()
                + " abandoned upload(s), spool " + spoolFiles(spool) + ", export spool " + server.exportSpool());
    }

    private static boolean hasHalfUpload(Path spool) throws IOException {
        for (Path file : spoolFiles(spool)) {
            try {
                if (Files.size(file) >= (1 << 20)) {
                    return true;
                }
            } catch (NoSuchFileException e) {
                // A finished upload's part, moved or removed since the listing.
            }
        }
        return false;
    }

    /** The container's spooled parts: upload_UID_counter.tmp in the context's temporary directory. */
    private static List<Path> spoolFiles(Path spool) throws IOException {
        if (!Files.isDirectory(spool)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(spool)) {
            return files.filter(file -> file.getFileName().toString().matches("upload_.*\\.tmp")).toList();
        }
    }

    /**
     * Waits, for two minutes at most, for the start-up clean-up's log line; by then the pre-crash uploads are past
     * their 20 s of grace. What it should have removed is asserted afterwards, whether or not the line came.
     */
    private static void awaitTheDebrisCleanUp(ServerProcess server) throws Exception {
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(giveUp) && !server.log().contains("unregistered blob(s)")) {
            Thread.sleep(500);
        }
    }

    private static Map<String, String> evidenceRows(Connection database) throws Exception {
        Map<String, String> rows = new HashMap<>();
        try (Statement statement = database.createStatement();
             ResultSet result = statement.executeQuery("select exhibit_number, sha256 from evidence_item")) {
            while (result.next()) {
                rows.put(result.getString(1) + "#" + rows.size(), result.getString(2));
            }
        }
        return rows;
    }

    private static Set<String> named(Connection database) throws Exception {
        Set<String> named = ConcurrentHashMap.newKeySet();
        try (Statement statement = database.createStatement();
             ResultSet result = statement.executeQuery("select sha256 from evidence_item union select pdf_sha256 from ruling")) {
            while (result.next()) {
                named.add(result.getString(1));
            }
        }
        return named;
    }

    private static List<Path> storedBlobs(Path blobs) throws IOException {
        try (Stream<Path> files = Files.walk(blobs.resolve("sha256"))) {
            return new ArrayList<>(files.filter(Files::isRegularFile).toList());
        }
    }

    private static Path blobPath(Path blobs, String sha256) {
        return blobs.resolve("sha256").resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    private static String sha256Of(Path file) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Runs the integrity sweep from the administration page and answers the page with its report. */
    private static String integritySweep(ServerProcess server) throws Exception {
        WebClient admin = loggedIn(server, "demo-admin");
        HttpResponse<String> run = admin.submit(admin.open("admin/integrity.xhtml"), "sweep", "run", Map.of());
        assertThat(run.statusCode()).isEqualTo(302);
        return admin.get("admin/integrity.xhtml").body();
    }

    private static WebClient loggedIn(ServerProcess server, String user) throws Exception {
        WebClient client = new WebClient(server.baseUrl());
        client.login(user, PASSWORD);
        return client;
    }

    private static long lianxin(WebClient clerk) throws Exception {
        Matcher link = CASE_LINK.matcher(clerk.get("cases/list.xhtml?q=lianxin").body());
        assertThat(link.find()).as("the demo case Lianxin").isTrue();
        return Long.parseLong(link.group(1));
    }
}
