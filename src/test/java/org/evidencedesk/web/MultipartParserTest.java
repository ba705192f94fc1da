package org.evidencedesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MultipartParserTest {

    private static final String TYPE = "multipart/form-data; boundary=----Boundary42";

    @TempDir
    Path folder;

    @Test
    void fieldsStayInMemoryAndFilesGoToTheFolderByteForByte() throws IOException {
        byte[] content = new byte[300_000];
        new Random(7).nextBytes(content);
        byte[] body = body(field("jakarta.faces.ViewState", "-123:456"), file("form:bundle", "a \"b\".zip", content),
                field("form:note", "附注"));

        List<ReceivedPart> parts = MultipartParser.parse(TYPE, new TrickleStream(body), folder);

        assertThat(parts).extracting(ReceivedPart::getName).containsExactly("jakarta.faces.ViewState", "form:bundle", "form:note");
        assertThat(parts.get(0).text(null)).isEqualTo("-123:456");
        assertThat(parts.get(2).text("UTF-8")).isEqualTo("附注");
        assertThat(parts.get(1).getSubmittedFileName()).isEqualTo("a \"b\".zip");
        assertThat(parts.get(1).getSize()).isEqualTo(content.length);
        assertThat(parts.get(1).getInputStream().readAllBytes()).isEqualTo(content);
        assertThat(Files.list(folder)).hasSize(1);
    }

    @Test
    void aFileMovedByWriteIsNotDeletedAfterwardsAndTheRestIs() throws IOException {
        List<ReceivedPart> parts = MultipartParser.parse(TYPE, new ByteArrayInputStream(
                body(file("a", "a.txt", bytes("first")), file("b", "b.txt", bytes("second")))), folder);

        parts.get(0).write("kept.txt");
        parts.forEach(ReceivedPart::delete);

        assertThat(Files.list(folder)).containsExactly(folder.resolve("kept.txt"));
        assertThat(Files.readString(folder.resolve("kept.txt"))).isEqualTo("first");
    }

    @Test
    void aHugeFormFieldIsRefusedWithoutHoldingIt() {
        byte[] body = body(field("login:username", "x".repeat(MultipartParser.FIELD_LIMIT + 1)));

        assertThatThrownBy(() -> MultipartParser.parse(TYPE, new ByteArrayInputStream(body), folder))
                .isInstanceOfSatisfying(BodyRefusedException.class, e -> assertThat(e.status()).isEqualTo(413));
    }

    @Test
    void manyFieldsUnderTheFieldLimitAreRefusedOnceTogetherTheyPassItAndTheFilesGo() throws IOException {
        // 1,000 fields of 1 MiB each were a gigabyte on the heap from one anonymous post to the verifier.
        String almostALimit = "x".repeat(MultipartParser.FIELD_LIMIT / 2 + 1);
        byte[] body = body(field("a", almostALimit), file("form:bundle", "b.zip", bytes("zip")), field("b", almostALimit));

        assertThatThrownBy(() -> MultipartParser.parse(TYPE, new ByteArrayInputStream(body), folder))
                .isInstanceOfSatisfying(BodyRefusedException.class, e -> assertThat(e.status()).isEqualTo(413));
        assertThat(Files.list(folder)).isEmpty();
    }

    @Test
    void aTruncatedBodyIsRefusedAndLeavesNoFile() throws IOException {
        byte[] whole = body(file("a", "a.bin", new byte[200_000]));
        byte[] truncated = java.util.Arrays.copyOf(whole, 150_000);

        assertThatThrownBy(() -> MultipartParser.parse(TYPE, new ByteArrayInputStream(truncated), folder))
                .isInstanceOfSatisfying(BodyRefusedException.class, e -> assertThat(e.status()).isEqualTo(400));
        assertThat(Files.list(folder)).isEmpty();
    }

    @Test
    void aBodyPastItsLimitIsCutOffWhileArrivingAndLeavesNoFile() throws IOException {
        InputStream endless = new InputStream() {
            private final byte[] head = ("------Boundary42\r\nContent-Disposition: form-data; name=\"f\"; filename=\"x\"\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII);
            private long sent;

            @Override
            public int read() {
                return sent < head.length ? head[(int) sent++] : (int) (sent++ & 0x3f) + 'A';
            }
        };
        DataDisk roomy = new DataDisk(() -> Long.MAX_VALUE, 0);

        assertThatThrownBy(() -> MultipartParser.parse(TYPE, new CountedBody(endless, 5_000_000, roomy), folder))
                .isInstanceOfSatisfying(BodyRefusedException.class, e -> assertThat(e.status()).isEqualTo(413));
        assertThat(Files.list(folder)).isEmpty();
    }

    @Test
    void aBodyThatBringsTheDiskToItsReserveIsCutOffWith507() throws IOException {
        long[] free = {10L * 1024 * 1024};
        DataDisk disk = new DataDisk(() -> free[0], 8L * 1024 * 1024);
        InputStream filling = new InputStream() {
            private final byte[] head = ("------Boundary42\r\nContent-Disposition: form-data; name=\"f\"; filename=\"x\"\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII);
            private int sent;

            @Override
            public int read() {
                free[0]--;
                return sent < head.length ? head[sent++] : 'z';
            }
        };

        assertThatThrownBy(() -> MultipartParser.parse(TYPE, new CountedBody(filling, Long.MAX_VALUE, disk), folder))
                .isInstanceOfSatisfying(BodyRefusedException.class, e -> assertThat(e.status()).isEqualTo(507));
        assertThat(Files.list(folder)).isEmpty();
    }

    @Test
    void theAnnouncedLengthIsCheckedAgainstTheReserve() {
        DataDisk disk = new DataDisk(() -> 100, 40);

        assertThatThrownBy(() -> disk.ensureRoomFor(61)).isInstanceOf(BodyRefusedException.class);
        org.assertj.core.api.Assertions.assertThatCode(() -> disk.ensureRoomFor(60)).doesNotThrowAnyException();
    }

    @Test
    void aDelimiterSplitAcrossReadsIsFound() throws IOException {
        for (int size : new int[] {65_536 - 40, 65_536 - 20, 65_536 - 1, 65_536, 131_072 - 19}) {
            byte[] content = new byte[size];
            java.util.Arrays.fill(content, (byte) '\r');
            Path sub = Files.createDirectory(folder.resolve("s" + size));
            List<ReceivedPart> parts = MultipartParser.parse(TYPE, new ByteArrayInputStream(body(file("f", "f", content))), sub);
            assertThat(parts.get(0).getInputStream().readAllBytes()).as("size %d", size).isEqualTo(content);
        }
    }

    @Test
    void aContentTypeWithoutBoundaryIsRefused() {
        assertThatThrownBy(() -> MultipartParser.parse("multipart/form-data", new ByteArrayInputStream(new byte[0]), folder))
                .isInstanceOfSatisfying(BodyRefusedException.class, e -> assertThat(e.status()).isEqualTo(400));
    }

    private static byte[] field(String name, String value) {
        return ("------Boundary42\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] file(String name, String fileName, byte[] content) {
        ByteArrayOutputStream part = new ByteArrayOutputStream();
        part.writeBytes(("------Boundary42\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
                + fileName.replace("\"", "\\\"") + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        part.writeBytes(content);
        part.writeBytes(bytes("\r\n"));
        return part.toByteArray();
    }

    private static byte[] body(byte[]... parts) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            body.writeBytes(part);
        }
        body.writeBytes(bytes("------Boundary42--\r\n"));
        return body.toByteArray();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Hands out at most 1,000 bytes per read, as a slow network does. */
    private static final class TrickleStream extends ByteArrayInputStream {

        TrickleStream(byte[] bytes) {
            super(bytes);
        }

        @Override
        public synchronized int read(byte[] buffer, int offset, int length) {
            return super.read(buffer, offset, Math.min(length, 1000));
        }
    }
}
