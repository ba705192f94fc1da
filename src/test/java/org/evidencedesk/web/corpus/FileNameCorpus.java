package org.evidencedesk.web.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.evidencedesk.support.SharedServer;
import org.evidencedesk.support.WebClient;
import org.evidencedesk.support.WebClient.OpenPage;

/**
 * Hostile file names on the evidence upload page, uploaded as the browser's PrimeFaces upload posts them but not
 * submitted (so no evidence row is added): each is refused with the page's message or taken into the pending
 * list with its name escaped; the content goes only into the blob store, named by its digest, and no file of
 * that name appears anywhere. The name kept on submit is {@code FileNames.clean}'s (see FileNamesTest).
 */
final class FileNameCorpus implements CorpusSection {

    private static final Pattern CASE_LINK = Pattern.compile("view\\.xhtml\\?id=(\\d+)");
    private static final Pattern DIGEST_PATH = Pattern.compile("[0-9a-f]{2}/[0-9a-f]{2}/[0-9a-f]{64}");

    @Override
    public String title() {
        return "File names on the evidence upload";
    }

    @Override
    public List<BadInput> inputs() {
        return List.of(
                new BadInput("../../etc/passwd", "refused: \"not allowed (it contains a folder separator\"; nothing stored",
                        () -> assertRefused("../../etc/passwd", "not allowed")),
                new BadInput("..\\..\\a.pdf", "taken (a backslash is no separator on the server); stored as a.pdf on submit",
                        () -> assertTaken("..\\..\\a.pdf", "a.pdf")),
                new BadInput("CR LF and quotes: a\"\r\nb'.pdf (percent-encoded by the browser)",
                        "refused by the upload's file-name check with its message; nothing stored",
                        () -> assertRefused("a\"\r\nb'.pdf", "not allowed")),
                new BadInput("a 300-character name", "taken; cut to 255 characters keeping .pdf on submit",
                        () -> assertTaken("n".repeat(296) + ".pdf", "nnnnnnnnnn")),
                new BadInput("right-to-left override: invoice\u202Efdp.exe",
                        "taken; stored as invoice_fdp.exe on submit, so it cannot pass for a PDF",
                        () -> assertTaken("invoice\u202Efdp.exe", "invoice")),
                new BadInput(".htaccess", "taken; stored as htaccess on submit; no .htaccess file anywhere",
                        () -> assertTaken(".htaccess", "htaccess")));
    }

    private static void assertRefused(String fileName, String message) throws Exception {
        Upload upload = upload(fileName);
        assertThat(upload.answer().statusCode()).isEqualTo(200);
        assertThat(upload.answer().body()).contains(message).doesNotContain("ed-pending");
        assertStoreUnharmed(upload.content(), false);
    }

    private static void assertTaken(String fileName, String shown) throws Exception {
        Upload upload = upload(fileName);
        assertThat(upload.answer().statusCode()).isEqualTo(200);
        assertThat(upload.answer().body()).contains("ed-pending", shown).doesNotContain("\r\nb'.pdf")
                .doesNotContain("Something went wrong");
        assertStoreUnharmed(upload.content(), true);
    }

    private record Upload(HttpResponse<String> answer, byte[] content) {
    }

    private static Upload upload(String fileName) throws Exception {
        WebClient counsel = new WebClient(SharedServer.baseUrl());
        assertThat(counsel.login("counsel", "Demo-Evidence-2026").statusCode()).isEqualTo(302);
        Matcher link = CASE_LINK.matcher(counsel.get("cases/list.xhtml?q=pricewise").body());
        assertThat(link.find()).as("the demo case Pricewise").isTrue();
        OpenPage page = counsel.open("evidence/upload.xhtml?case=" + link.group(1));
        byte[] content = ("corpus file " + fileName + " " + System.nanoTime()).getBytes(StandardCharsets.UTF_8);
        return new Upload(counsel.upload(page, "upload:files", "describe messages", fileName, content), content);
    }

    /**
     * Every file under the store is one of its digest-named blobs, the upload's blob is there only if it was taken,
     * no file anywhere under the server's root is named after the upload, and no temporary upload is left.
     */
    private static void assertStoreUnharmed(byte[] content, boolean taken) throws Exception {
        Path root = SharedServer.dataDirectory().getParent();
        Path store = SharedServer.dataDirectory().resolve("blobs/sha256");
        Set<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).collect(Collectors.toSet());
        }
        assertThat(files.stream().filter(path -> path.startsWith(store)))
                .allSatisfy(blob -> assertThat(store.relativize(blob).toString()).matches(DIGEST_PATH));
        Path payara = root.resolve("payara");
        assertThat(files.stream().filter(path -> !path.startsWith(payara.resolve("runtime"))
                && !path.startsWith(payara.resolve("applications")))).noneMatch(path -> Set.of("passwd", "a.pdf", ".htaccess", "htaccess").contains(path.getFileName().toString())
                || path.getFileName().toString().matches("upload_.*\\.tmp|.*fdp\\.exe|nnnnnnnnnn.*"));
        String digest = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
        assertThat(Files.exists(store.resolve(digest.substring(0, 2)).resolve(digest.substring(2, 4)).resolve(digest)))
                .as("the upload's blob in the store").isEqualTo(taken);
    }
}
