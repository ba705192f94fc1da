package org.evidencedesk.evidence;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DigestingCopyTest {

    private static final long MiB = 1 << 20;

    // SHA-256 of "abc" and of the 448-bit message from FIPS 180-2; SM3 of "abc" and of "abcd" × 16 from
    // GB/T 32905-2016; the other values from sha256sum and openssl dgst -sm3.
    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', emptyValue = "", textBlock = """
            abc | ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad | 66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0
            abcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcd | 625b41490b883891943c5fa54ad45d7c900b9b6e91e159334e320b1f5215a209 | debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732
            abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq | 248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1 | 639b6cc5e64d9e37a390b192df4fa1ea0720ab747ff692b9f38c4e66ad7b8c05
            '' | e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855 | 1ab21d8355cfa17f8e61194831e81a8f22bec8c728fefb747ed035eb5082aa2b
            """)
    void knownAnswers(String text, String sha256, String sm3) throws IOException {
        byte[] content = text.getBytes(US_ASCII);

        ContentDigest digest = DigestingCopy.unlimited().digest(new ByteArrayInputStream(content));

        assertThat(digest).isEqualTo(new ContentDigest(sha256, sm3, content.length));
    }

    @Test
    void agreesWithSha256sumAndOpensslOnFiftyMebibytes(@TempDir Path directory) throws Exception {
        Path openssl = Path.of("/usr/bin/openssl");
        assumeTrue(Files.isExecutable(openssl), "openssl is not installed");
        Path file = directory.resolve("sample.bin");
        Files.copy(GeneratedStream.of(50 * MiB), file);

        ContentDigest digest;
        try (InputStream in = Files.newInputStream(file)) {
            digest = DigestingCopy.unlimited().digest(in);
        }

        assertThat(digest.size()).isEqualTo(50 * MiB);
        assertThat(firstWord(run("sha256sum", file.toString()))).isEqualTo(digest.sha256());
        assertThat(firstWord(run(openssl.toString(), "dgst", "-sm3", "-r", file.toString()))).isEqualTo(digest.sm3());
    }

    @Test
    void copiesEveryByteInOrder() throws IOException {
        byte[] content = GeneratedStream.of(3 * MiB + 17).readAllBytes();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        ContentDigest digest = new DigestingCopy(4 * MiB).copy(new ByteArrayInputStream(content), Channels.newChannel(out));

        assertThat(out.toByteArray()).isEqualTo(content);
        assertThat(digest).isEqualTo(DigestingCopy.unlimited().digest(new ByteArrayInputStream(content)));
    }

    @Test
    void aSourceThatFailsAfterSeveralBuffersFailsTheCopyAndTheNextCopyStillWorks() throws IOException {
        // Past the first buffer SM3 runs on its own thread: the failure must reach the caller, not hang it.
        GeneratedStream cutOff = GeneratedStream.cutOffAfter(5 * MiB + 3, 8 * MiB);

        assertThatThrownBy(() -> DigestingCopy.unlimited().copy(cutOff, Channels.newChannel(OutputStream.nullOutputStream())))
                .isInstanceOf(IOException.class);
        byte[] content = GeneratedStream.of(5 * MiB + 3).readAllBytes();
        assertThat(DigestingCopy.unlimited().digest(new ByteArrayInputStream(content)).size()).isEqualTo(5 * MiB + 3);
    }

    @Test
    void aSourceThatHandsOutTinyChunksGivesTheSameDigest() throws IOException {
        byte[] content = GeneratedStream.of(MiB + 3).readAllBytes();
        InputStream trickle = new ByteArrayInputStream(content) {
            @Override
            public synchronized int read(byte[] target, int offset, int count) {
                return super.read(target, offset, Math.min(count, 7));
            }
        };

        assertThat(DigestingCopy.unlimited().digest(trickle))
                .isEqualTo(DigestingCopy.unlimited().digest(new ByteArrayInputStream(content)));
    }

    @Test
    void contentOfExactlyTheLimitIsAccepted() throws IOException {
        assertThat(new DigestingCopy(MiB + 1).digest(GeneratedStream.of(MiB + 1)).size()).isEqualTo(MiB + 1);
    }

    @Test
    void oneByteOverTheLimitIsRefusedAfterReadingNoMoreThanThatByte() {
        GeneratedStream huge = GeneratedStream.of(1L << 40);

        assertThatThrownBy(() -> new DigestingCopy(5 * MiB + 3).digest(huge))
                .isInstanceOfSatisfying(UploadTooLargeException.class, e -> assertThat(e.limit()).isEqualTo(5 * MiB + 3));
        assertThat(huge.delivered()).isEqualTo(5 * MiB + 4);
    }

    @Test
    void anEmptyStreamHasSizeZeroForTheCallerToJudge() throws IOException {
        assertThat(new DigestingCopy(1).digest(InputStream.nullInputStream()).size()).isZero();
    }

    @Test
    void theLimitMustBePositive() {
        assertThatThrownBy(() -> new DigestingCopy(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theTooLargeMessageShowsTheLimitInTheUnitItWasConfiguredIn() {
        assertThat(new UploadTooLargeException(2L << 30).arguments()).containsExactly("2 GiB");
        assertThat(new UploadTooLargeException(500L << 20).arguments()).containsExactly("500 MiB");
        assertThat(new UploadTooLargeException(1000).arguments()).containsExactly("1000 B");
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), US_ASCII);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("finished").isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    private static String firstWord(String line) {
        return line.strip().split("\\s+")[0];
    }
}
