package org.evidencedesk.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.evidencedesk.support.SharedServer;
import org.evidencedesk.support.WebClient;
import org.evidencedesk.support.WebClient.OpenPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bad input through the real upload page, posted as the browser's PrimeFaces upload posts it: hostile
 * file names are stored cleaned and nowhere but in the store (a name with a slash PrimeFaces refuses itself,
 * with our message), a huge title is refused before anything is
 * recorded, script in text fields comes back escaped, and an empty file is refused with a clear message.
 * (An over-size file is refused in EvidencePersistenceIT: the shared server keeps the 2 GiB default.)
 * Uses the demo case "Pricewise"; which items it holds is read from the database, as other tests may add to it.
 */
@ExtendWith(SharedServer.class)
class EvidenceBadInputWebIT {

    private static final String PASSWORD = "Demo-Evidence-2026";
    private static final Pattern CASE_LINK = Pattern.compile("view\\.xhtml\\?id=(\\d+)");

    private WebClient counsel;
    private WebClient clerk;
    private long caseId;

    @BeforeEach
    void logIn() throws Exception {
        counsel = loggedIn("counsel");
        clerk = loggedIn("clerk");
        Matcher link = CASE_LINK.matcher(clerk.get("cases/list.xhtml?q=pricewise").body());
        assertThat(link.find()).as("the demo case Pricewise").isTrue();
        caseId = Long.parseLong(link.group(1));
    }

    @Test
    void fileNamesWithFoldersControlCharactersOrFiveHundredCharactersAreStoredCleanedOrRefusedAndNothingLeavesTheStore() throws Exception {
        String longName = "x".repeat(496) + ".pdf";
        Map<String, String> submittedToStored = new LinkedHashMap<>();
        submittedToStored.put("a\\b.txt", "b.txt");
        submittedToStored.put("ctrl\u0001name\u007f\t.txt", "ctrl_name__.txt");
        submittedToStored.put(longName, "x".repeat(251) + ".pdf");
        Path serverRoot = SharedServer.dataDirectory().getParent();
        Path store = SharedServer.dataDirectory().resolve("blobs");
        TreeSet<Path> before = filesUnder(serverRoot);

        for (Map.Entry<String, String> name : submittedToStored.entrySet()) {
            byte[] content = ("content of " + name.getValue() + " " + System.nanoTime()).getBytes(StandardCharsets.UTF_8);
            long item = submit(name.getKey(), content, Map.of("items:0:fact", "A hostile file name is kept harmless."));

            String page = counsel.get("evidence/item.xhtml?id=" + item).body();
            assertThat(page).as("item page for %s", name.getKey()).contains("<dd>" + name.getValue() + " (");
            String receipt = counsel.get("evidence/download/receipt.json/" + item).body();
            assertThat(receipt).contains("\"file\":\"" + name.getValue() + "\"");
            assertThat(store.resolve("sha256").resolve(sha256(content).substring(0, 2)).resolve(sha256(content).substring(2, 4))
                    .resolve(sha256(content))).hasBinaryContent(content);
        }

        List<Long> itemsBefore = items();
        OpenPage page = counsel.open("evidence/upload.xhtml?case=" + caseId);
        byte[] traversal = ("root:x:0:0 " + System.nanoTime()).getBytes(StandardCharsets.UTF_8);
        String refused = counsel.upload(page, "upload:files", "describe messages", "../../etc/passwd", traversal).body();
        assertThat(refused).contains("The file name ../../etc/passwd is not allowed (it contains a folder separator")
                .doesNotContain("ed-pending");
        assertThat(items()).isEqualTo(itemsBefore);
        assertThat(store.resolve("sha256").resolve(sha256(traversal).substring(0, 2))
                .resolve(sha256(traversal).substring(2, 4)).resolve(sha256(traversal))).doesNotExist();

        List<Path> added = filesUnder(serverRoot).stream().filter(path -> !before.contains(path)).toList();
        assertThat(added).as("files the uploads added").allSatisfy(path -> assertThat(
                path.startsWith(store.resolve("sha256")) || path.startsWith(SharedServer.dataDirectory().resolve("db"))
                        || path.startsWith(SharedServer.dataDirectory().resolve("keys"))
                        || path.startsWith(serverRoot.resolve("payara"))).as("%s", path).isTrue());
        assertThat(added).noneMatch(path -> path.getFileName().toString().matches("(?i).*(passwd|b\\.txt|ctrl|xxxxxxxx).*"));
        assertThat(serverRoot.resolve("etc/passwd")).doesNotExist();
        assertThat(SharedServer.dataDirectory().resolve("etc/passwd")).doesNotExist();
    }

    @Test
    void aTenThousandCharacterTitleIsRefusedAndNothingIsRecorded() throws Exception {
        List<Long> itemsBefore = items();
        long custodyBefore = custodyLines();
        OpenPage page = counsel.open("evidence/upload.xhtml?case=" + caseId);
        byte[] content = ("long title " + System.nanoTime()).getBytes(StandardCharsets.UTF_8);
        assertThat(counsel.upload(page, "upload:files", "describe messages", "long-title.txt", content).body())
                .contains("ed-pending");

        HttpResponse<String> refused = counsel.submit(page, "describe", "submit", describe(Map.of(
                "items:0:title", "T".repeat(10_000), "items:0:fact", "Nothing.")));

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Give each item a title of at most 500 characters.");
        assertThat(items()).isEqualTo(itemsBefore);
        assertThat(custodyLines()).isEqualTo(custodyBefore);
        assertThat(counsel.get("cases/view.xhtml?tab=evidence&id=" + caseId).body())
                .contains("id=\"tabs:evidenceList\"").doesNotContain("TTTTTTTTTT");
    }

    @Test
    void scriptInTitleFactAndCollectionRecordIsShownEscapedOnTheItemAndCasePages() throws Exception {
        long item = submit("script.html", ("<script>alert(1)</script> " + System.nanoTime()).getBytes(StandardCharsets.UTF_8), Map.of(
                "items:0:title", "<script>alert('title')</script>",
                "items:0:fact", "<script>alert('fact')</script>",
                "items:0:source", "<script>alert('source')</script>",
                "items:0:tool", "<img src=x onerror=alert('tool')>"));

        String itemPage = counsel.get("evidence/item.xhtml?id=" + item).body();
        assertThat(itemPage).contains("&lt;script&gt;alert('title')&lt;/script&gt;", "&lt;script&gt;alert('fact')&lt;/script&gt;",
                "&lt;script&gt;alert('source')&lt;/script&gt;", "&lt;img src=x onerror=alert('tool')&gt;");
        assertThat(itemPage).doesNotContain("<script>alert(", "<img src=x");
        String casePage = counsel.get("cases/view.xhtml?tab=evidence&id=" + caseId).body();
        assertThat(casePage).contains("&lt;script&gt;alert('title')&lt;/script&gt;").doesNotContain("<script>alert(");
    }

    @Test
    void anEmptyFileIsRefusedWithAClearMessage() throws Exception {
        List<Long> itemsBefore = items();
        OpenPage page = counsel.open("evidence/upload.xhtml?case=" + caseId);

        String answer = counsel.upload(page, "upload:files", "describe messages", "empty.txt", new byte[0]).body();

        assertThat(answer).contains("The file is empty; nothing was stored. Choose the file again.").doesNotContain("ed-pending");
        HttpResponse<String> submitted = counsel.submit(page, "describe", "submit", Map.of());
        assertThat(submitted.statusCode()).isEqualTo(200);
        assertThat(items()).isEqualTo(itemsBefore);
    }

    @Test
    void theStoreTakesTheContainersCopyOfAnUploadByRenameAndLeavesNoneBehind() throws Exception {
        // A size no other test uses: any file of it left in the container's directories is this upload's copy.
        byte[] content = new byte[1_234_567];
        new java.util.Random().nextBytes(content);
        OpenPage page = counsel.open("evidence/upload.xhtml?case=" + caseId);

        assertThat(counsel.upload(page, "upload:files", "describe messages", "renamed.bin", content).body())
                .contains("ed-pending", sha256(content).substring(0, 16));

        Path blob = SharedServer.dataDirectory().resolve("blobs/sha256").resolve(sha256(content).substring(0, 2))
                .resolve(sha256(content).substring(2, 4)).resolve(sha256(content));
        assertThat(blob).hasBinaryContent(content);
        Path container = SharedServer.dataDirectory().getParent().resolve("payara");
        assertThat(filesUnder(container)).noneMatch(path -> path.toFile().length() == content.length);
    }

    /**
     * Content gone from the store (a damaged disk, a restore without the blobs): the download answers 410 with a page
     * that says so in the reader's language, not the generic error page, marks the item for the court and logs no
     * download; the receipt still downloads, and is logged. The file is put back afterwards, for the other tests of the shared server.
     */
    @Test
    void aDownloadWhoseStoredContentIsMissingSaysSoAndMarksTheItem() throws Exception {
        byte[] content = new byte[4_321];
        new java.util.Random().nextBytes(content);
        long item = submit("lost.bin", content, Map.of("items:0:title", "Lost listing", "items:0:fact", "It was offered."));
        String hash = sha256(content);
        Path blob = SharedServer.dataDirectory().resolve("blobs/sha256").resolve(hash.substring(0, 2))
                .resolve(hash.substring(2, 4)).resolve(hash);
        Path aside = Files.move(blob, blob.resolveSibling(hash + ".aside"));
        try {
            HttpResponse<String> english = counsel.get("evidence/download/content/" + item);
            HttpResponse<String> chinese = loggedIn("counsel").acceptLanguage("zh-CN").get("evidence/download/content/" + item);

            assertThat(english.statusCode()).isEqualTo(410);
            assertThat(english.body()).contains("The stored content of this item is missing from the evidence store")
                    .doesNotContain("Something went wrong");
            assertThat(chinese.statusCode()).isEqualTo(410);
            assertThat(chinese.body()).contains("该证据在证据库中存储的内容已缺失");
            assertThat(integrityProblem(item)).contains("missing from the store");
            assertThat(downloadsLogged(item)).as("downloads that delivered nothing are not in the custody log").isZero();
            assertThat(counsel.getBytes("evidence/download/receipt.json/" + item).statusCode()).isEqualTo(200);
            assertThat(downloadsLogged(item)).isEqualTo(1);
        } finally {
            Files.move(aside, blob);
        }
    }

    private static long downloadsLogged(long item) throws Exception {
        try (Connection db = SharedServer.openDatabase();
             PreparedStatement select = db.prepareStatement(
                     "select count(*) from custody_entry where item_id = ? and action = 'DOWNLOADED'")) {
            select.setLong(1, item);
            try (ResultSet rows = select.executeQuery()) {
                assertThat(rows.next()).isTrue();
                return rows.getLong(1);
            }
        }
    }

    private String integrityProblem(long item) throws Exception {
        try (Connection db = SharedServer.openDatabase();
             PreparedStatement select = db.prepareStatement("select integrity_problem from evidence_item where id = ?")) {
            select.setLong(1, item);
            try (ResultSet rows = select.executeQuery()) {
                assertThat(rows.next()).isTrue();
                return String.valueOf(rows.getString(1));
            }
        }
    }

    /** Uploads one file, describes it and submits; answers the new item's id. */
    private long submit(String fileName, byte[] content, Map<String, String> fields) throws Exception {
        List<Long> before = items();
        OpenPage page = counsel.open("evidence/upload.xhtml?case=" + caseId);
        HttpResponse<String> uploaded = counsel.upload(page, "upload:files", "describe messages", fileName, content);
        assertThat(uploaded.statusCode()).isEqualTo(200);
        assertThat(uploaded.body()).as("upload of %s", fileName).contains("ed-pending", sha256(content).substring(0, 16));

        HttpResponse<String> submitted = counsel.submit(page, "describe", "submit", describe(fields));
        assertThat(submitted.statusCode()).as("submit answered:\n%s", submitted.body()).isEqualTo(302);
        List<Long> after = items();
        after.removeAll(before);
        assertThat(after).hasSize(1);
        return after.get(0);
    }

    private static Map<String, String> describe(Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("items:0:confidentiality_input", "PARTIES");
        form.putAll(fields);
        return form;
    }

    /**
     * The ids of the case's items, read from the database: the case page lists 50 items a page, and the case may hold
     * more (LongEvidenceListBrowserIT fills a demo case of counsel's with 125).
     */
    private List<Long> items() throws Exception {
        List<Long> ids = new ArrayList<>();
        try (Connection db = SharedServer.openDatabase();
             PreparedStatement select = db.prepareStatement("select id from evidence_item where case_id = ? order by id")) {
            select.setLong(1, caseId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
        }
        return ids;
    }

    private long custodyLines() throws Exception {
        HttpResponse<String> export = clerk.get("custody/" + caseId + ".jsonl");
        assertThat(export.statusCode()).isEqualTo(200);
        return export.body().lines().count();
    }

    private static TreeSet<Path> filesUnder(Path root) throws Exception {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static WebClient loggedIn(String username) throws Exception {
        WebClient client = new WebClient(SharedServer.baseUrl());
        assertThat(client.login(username, PASSWORD).statusCode()).isEqualTo(302);
        return client;
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
