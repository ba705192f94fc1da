package org.evidencedesk.web.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.evidencedesk.support.SharedServer;
import org.evidencedesk.support.WebClient;

/**
 * Bodies meant to exhaust the heap or fill the disk: multipart where no upload is expected, a 700 MB field,
 * chunked bodies that never end. Each is refused from its headers or soon after its limit, with the page that
 * says why; the test sends until the server answers and checks how little it let in, and that no temporary
 * file of the body stays behind.
 */
final class RequestBodyCorpus implements CorpusSection {

    private static final long SEVEN_HUNDRED_MB = 700L * 1024 * 1024;
    private static final long FOUR_GB = 4L * 1024 * 1024 * 1024;
    /** Whatever the socket buffers absorb, a server that stopped reading early has taken far less than this. */
    private static final long EARLY = 64L * 1024 * 1024;
    private static final long TRUNCATED = 100_000;
    private static final String BOUNDARY = "----CorpusBoundary";
    private static final String MULTIPART = "Content-Type: multipart/form-data; boundary=" + BOUNDARY;

    @Override
    public String title() {
        return "Request bodies";
    }

    @Override
    public List<BadInput> inputs() {
        return List.of(
                new BadInput("multipart with a 700 MB text field to /login.xhtml",
                        "415 and its page from the headers; the server reads next to nothing of the body",
                        () -> assertRefusedEarly(RawRequest.send(RawRequest.head("POST", "/login.xhtml", MULTIPART,
                                "Content-Length: " + SEVEN_HUNDRED_MB, "Accept-Language: en"), RequestBodyCorpus::textField,
                                SEVEN_HUNDRED_MB, false), 415, "This page does not take file uploads")),
                new BadInput("a 700 MB url-encoded field to /login.xhtml",
                        "413 and its page from the Content-Length (a page's form is at most 1 MiB); nothing held on the heap",
                        () -> assertRefusedEarly(RawRequest.send(RawRequest.head("POST", "/login.xhtml",
                                "Content-Type: application/x-www-form-urlencoded", "Content-Length: " + SEVEN_HUNDRED_MB),
                                offset -> offset == 0 ? concat("login%3Ausername=".getBytes(StandardCharsets.US_ASCII),
                                        RawRequest.filler(offset)) : RawRequest.filler(offset), SEVEN_HUNDRED_MB, false),
                                413, "larger than this page accepts")),
                new BadInput("a chunked multi-GB multipart body to /login.xhtml",
                        "415 in Chinese for a Chinese browser, before the first chunk is read",
                        () -> assertRefusedEarly(RawRequest.send(RawRequest.head("POST", "/login.xhtml", MULTIPART,
                                "Transfer-Encoding: chunked", "Accept-Language: zh-CN"), RequestBodyCorpus::fileField, FOUR_GB, true),
                                415, "此页面不接受文件上传")),
                new BadInput("a chunked multi-GB body that is one text field, to the public verifier",
                        "413 once the field passes 1 MiB, counted as the chunks arrive; no temporary file left",
                        () -> assertRefusedEarly(RawRequest.send(RawRequest.head("POST", "/verify.xhtml", MULTIPART,
                                "Transfer-Encoding: chunked"), RequestBodyCorpus::textField, FOUR_GB, true),
                                413, "larger than this page accepts")),
                new BadInput("a chunked url-encoded form post to /login.xhtml",
                        "411: a form post to a page must say its length (browsers always do)",
                        () -> assertRefusedEarly(RawRequest.send(RawRequest.head("POST", "/login.xhtml",
                                "Content-Type: application/x-www-form-urlencoded", "Transfer-Encoding: chunked"),
                                RawRequest::filler, FOUR_GB, true), 411, "must say how long it is")),
                new BadInput("multipart to the time-stamping authority /tsa",
                        "415 before the body is read",
                        () -> assertRefusedEarly(RawRequest.send(RawRequest.head("POST", "/tsa", MULTIPART,
                                "Content-Length: " + SEVEN_HUNDRED_MB), RequestBodyCorpus::fileField, SEVEN_HUNDRED_MB, false),
                                415, "")),
                new BadInput("an anonymous chunked multi-GB multipart body to a page that needs a login (/evidence/upload.xhtml)",
                        "not a success, and not read on: the login redirect keeps no POST, so nothing parses the body; "
                                + "no temporary file left",
                        () -> assertNotReadOn(RawRequest.send(RawRequest.head("POST", "/evidence/upload.xhtml", MULTIPART,
                                "Transfer-Encoding: chunked"), RequestBodyCorpus::fileField, FOUR_GB, true))),
                new BadInput("an anonymous chunked multi-GB url-encoded body to a page that needs a login (/cases/view.xhtml)",
                        "not a success, and not read on; nothing held on the heap or the disk",
                        () -> assertNotReadOn(RawRequest.send(RawRequest.head("POST", "/cases/view.xhtml?id=1",
                                "Content-Type: application/x-www-form-urlencoded", "Transfer-Encoding: chunked"),
                                RawRequest::filler, FOUR_GB, true))),
                new BadInput("a small multipart post to the case list of a logged-in clerk",
                        "415 and its page: the case list takes no upload",
                        RequestBodyCorpus::multipartToTheCaseList),
                new BadInput("a multipart body to the verifier that never closes its last part",
                        "400 and its page; the part written so far is deleted",
                        () -> assertRefusedEarly(RawRequest.send(RawRequest.head("POST", "/verify.xhtml", MULTIPART,
                                "Content-Length: " + TRUNCATED), RequestBodyCorpus::truncatedFile, TRUNCATED, false),
                                400, "not well formed")));
    }

    private static void multipartToTheCaseList() throws Exception {
        WebClient clerk = new WebClient(SharedServer.baseUrl());
        assertThat(clerk.login("clerk", "Demo-Evidence-2026").statusCode()).isEqualTo(302);
        byte[] body = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"filters:q\"\r\n\r\nx\r\n--" + BOUNDARY + "--\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        var answer = clerk.post("cases/list.xhtml", "multipart/form-data; boundary=" + BOUNDARY, body);
        assertThat(answer.statusCode()).isEqualTo(415);
        assertThat(new String(answer.body(), StandardCharsets.UTF_8)).contains("This page does not take file uploads");
        assertNoTemporaryUploadLeft();
    }

    private static void assertNotReadOn(RawRequest.Answer answer) throws Exception {
        assertThat(answer.status()).as("status; the server answered:\n%s", head(answer.body())).isNotIn(200, 201, 202, 203, 204);
        assertThat(answer.bodyBytesSent()).as("body bytes sent before the answer").isLessThan(EARLY);
        assertNoTemporaryUploadLeft();
    }

    private static void assertRefusedEarly(RawRequest.Answer answer, int status, String text) throws Exception {
        assertThat(answer.status()).as("status; the server answered:\n%s", head(answer.body())).isEqualTo(status);
        assertThat(answer.body()).contains(text).doesNotContain("Exception");
        assertThat(answer.bodyBytesSent()).as("body bytes sent before the refusal").isLessThan(EARLY);
        assertNoTemporaryUploadLeft();
    }

    /** Uploads are read into upload_*.tmp in the context's temporary directory; none may outlive its request. */
    private static void assertNoTemporaryUploadLeft() throws Exception {
        Path root = SharedServer.dataDirectory().getParent();
        try (Stream<Path> files = Files.walk(root)) {
            assertThat(files.filter(path -> path.getFileName().toString().matches("upload_.*\\.tmp"))).as("the container's "
                    + "(upload__*.tmp) or UploadGate's (upload_*.tmp) temporary files").isEmpty();
        }
    }

    /** The start of a text field, then filler for ever. */
    private static byte[] textField(long offset) {
        return offset == 0 ? concat(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"login:username\"\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII), RawRequest.filler(offset)) : RawRequest.filler(offset);
    }

    /** A file part that stops after {@link #TRUNCATED} bytes, without its closing boundary. */
    private static byte[] truncatedFile(long offset) {
        return java.util.Arrays.copyOf(fileField(offset), (int) Math.min(TRUNCATED - offset, 65_536));
    }

    /** The start of a file part, then filler for ever. */
    private static byte[] fileField(long offset) {
        return offset == 0 ? concat(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"verify:bundle\"; "
                + "filename=\"big.zip\"\r\nContent-Type: application/zip\r\n\r\n").getBytes(StandardCharsets.US_ASCII),
                RawRequest.filler(offset)) : RawRequest.filler(offset);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = java.util.Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    private static String head(String response) {
        return response.length() > 2000 ? response.substring(0, 2000) : response;
    }
}
