package org.evidencedesk.shared;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bouncy Castle's SM3Digest and openssl are the judges here; the code under test uses neither. */
class Sm3Test {

    private static final Path OPENSSL = Path.of("/usr/bin/openssl");

    // GB/T 32905-2016, appendix A: example 1 ("abc") and example 2 ("abcd" sixteen times).
    private static final String ABC = "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0";
    private static final String ABCD_16 = "debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732";

    @Test
    void theStandardsExamples() {
        assertThat(hex(Sm3.of("abc".getBytes(US_ASCII)))).isEqualTo(ABC);
        assertThat(hex(Sm3.of("abcd".repeat(16).getBytes(US_ASCII)))).isEqualTo(ABCD_16);
    }

    @Test
    void theStandardsExamplesAsOpensslComputesThem(@TempDir Path directory) throws Exception {
        assumeTrue(Files.isExecutable(OPENSSL), "openssl is not installed");
        Path abc = Files.writeString(directory.resolve("abc"), "abc", US_ASCII);
        Path abcd = Files.writeString(directory.resolve("abcd"), "abcd".repeat(16), US_ASCII);

        assertThat(opensslSm3(abc)).isEqualTo(ABC);
        assertThat(opensslSm3(abcd)).isEqualTo(ABCD_16);
    }

    @Test
    void agreesWithBouncyCastleOnEveryLengthUpTo4096() {
        byte[] content = new byte[4096];
        new Random(32905).nextBytes(content);
        for (int length = 0; length <= content.length; length++) {
            Sm3 sm3 = new Sm3();
            sm3.update(content, 0, length);

            assertThat(hex(sm3.digest())).as("length %d", length).isEqualTo(hex(bouncyCastle(content, 0, length)));
        }
    }

    @Test
    void updatesSplitAtRandomBoundariesGiveTheDigestOfTheWhole() {
        Random random = new Random(2016);
        Sm3 sm3 = new Sm3();
        for (int round = 0; round < 500; round++) {
            byte[] content = new byte[random.nextInt(3000)];
            random.nextBytes(content);
            // The content sits inside a larger array, as in a copy buffer, to check offsets are honoured.
            byte[] framed = new byte[content.length + 20];
            System.arraycopy(content, 0, framed, 7, content.length);
            int position = 0;
            while (position < content.length) {
                int count = Math.min(content.length - position, random.nextInt(200));
                sm3.update(framed, 7 + position, count);
                position += count;
            }

            // digest() resets, so the same instance serves every round.
            assertThat(hex(sm3.digest())).as("round %d", round).isEqualTo(hex(bouncyCastle(content, 0, content.length)));
        }
    }

    @Test
    void agreesWithBouncyCastleAndOpensslOn64Mebibytes(@TempDir Path directory) throws Exception {
        Random random = new Random(64);
        byte[] chunk = new byte[(1 << 20) + 13];
        Path file = directory.resolve("large.bin");
        Sm3 sm3 = new Sm3();
        SM3Digest judge = new SM3Digest();
        long written = 0;
        try (OutputStream out = Files.newOutputStream(file)) {
            while (written < 64L << 20) {
                random.nextBytes(chunk);
                int count = (int) Math.min(chunk.length, (64L << 20) - written);
                out.write(chunk, 0, count);
                sm3.update(chunk, 0, count);
                judge.update(chunk, 0, count);
                written += count;
            }
        }
        byte[] expected = new byte[Sm3.DIGEST_LENGTH];
        judge.doFinal(expected, 0);

        String digest = hex(sm3.digest());
        assertThat(digest).isEqualTo(hex(expected));
        assumeTrue(Files.isExecutable(OPENSSL), "openssl is not installed");
        assertThat(opensslSm3(file)).isEqualTo(digest);
    }

    private static byte[] bouncyCastle(byte[] content, int offset, int length) {
        SM3Digest digest = new SM3Digest();
        digest.update(content, offset, length);
        byte[] result = new byte[digest.getDigestSize()];
        digest.doFinal(result, 0);
        return result;
    }

    private static String opensslSm3(Path file) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of(OPENSSL.toString(), "dgst", "-sm3", "-r", file.toString()))
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), US_ASCII);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("finished").isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output.strip().split("\\s+")[0];
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
