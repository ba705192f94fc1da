package org.evidencedesk.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class StreamingZipTest {

    @TempDir
    Path directory;

    private static Map<String, byte[]> contents() {
        Random random = new Random(7);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("mimetype", "application/vnd.etsi.asic-e+zip".getBytes(StandardCharsets.US_ASCII));
        for (int size : new int[] {0, 1, StreamingZip.BLOCK - 1, StreamingZip.BLOCK, StreamingZip.BLOCK * 2, 200_001}) {
            byte[] content = new byte[size];
            random.nextBytes(content);
            files.put("P-" + size + " - 证据 file.bin", content);
        }
        files.put("META-INF/manifest.xml", "<x/>".getBytes(StandardCharsets.US_ASCII));
        return files;
    }

    private static byte[] write(Map<String, byte[]> files, boolean zip64, List<StreamingZip.Entry> plan) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (StreamingZip zip = new StreamingZip(out, LocalDateTime.of(2026, 11, 25, 21, 30, 14), zip64)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                boolean streamed = file.getKey().startsWith("P-");
                if (streamed) {
                    zip.add(file.getKey(), file.getValue().length, new ByteArrayInputStream(file.getValue()));
                } else {
                    zip.add(file.getKey(), file.getValue());
                }
                plan.add(new StreamingZip.Entry(file.getKey(), file.getValue().length, streamed));
            }
        }
        return out.toByteArray();
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void archivesOpenWithEveryReaderAndHaveThePredictedLength(boolean zip64) throws Exception {
        Map<String, byte[]> files = contents();
        List<StreamingZip.Entry> plan = new ArrayList<>();
        byte[] archive = write(files, zip64, plan);

        assertThat(StreamingZip.length(plan, zip64)).isEqualTo(archive.length);
        Path file = Files.write(directory.resolve("a.zip"), archive);
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            assertThat(zip.stream().map(ZipEntry::getName)).containsExactlyElementsOf(files.keySet());
            for (Map.Entry<String, byte[]> expected : files.entrySet()) {
                assertThat(zip.getInputStream(zip.getEntry(expected.getKey())).readAllBytes()).isEqualTo(expected.getValue());
            }
        }
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(archive), StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> expected : files.entrySet()) {
                assertThat(in.getNextEntry().getName()).isEqualTo(expected.getKey());
                assertThat(in.readAllBytes()).isEqualTo(expected.getValue());
            }
            assertThat(in.getNextEntry()).isNull();
        }
        Process unzip = new ProcessBuilder("unzip", "-t", file.toString()).redirectErrorStream(true).start();
        String output = new String(unzip.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(unzip.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(unzip.exitValue()).as(output).isZero();
        assertThat(output).contains("No errors detected");
    }

    @Test
    void theMimetypeComesFirstStoredWithoutExtraField() throws Exception {
        byte[] archive = write(contents(), false, new ArrayList<>());
        // ETSI EN 319 162-1 A.1: "mimetype" at offset 30, its content right after, readable by file(1)-style sniffers.
        assertThat(new String(archive, 30, 8, StandardCharsets.US_ASCII)).isEqualTo("mimetype");
        assertThat(archive[8]).isZero(); // method STORED
        assertThat(archive[28]).isZero(); // no extra field
        assertThat(new String(archive, 38, 31, StandardCharsets.US_ASCII)).isEqualTo("application/vnd.etsi.asic-e+zip");
    }

    @Test
    void contentShorterOrLongerThanRecordedIsRefused() {
        assertThatThrownBy(() -> new StreamingZip(new ByteArrayOutputStream(), LocalDateTime.now())
                .add("short", 10, new ByteArrayInputStream(new byte[9]))).hasMessageContaining("ended after 9 of 10");
        assertThatThrownBy(() -> new StreamingZip(new ByteArrayOutputStream(), LocalDateTime.now())
                .add("long", 10, new ByteArrayInputStream(new byte[11]))).hasMessageContaining("more than the 10 bytes");
    }

    @Test
    void twoEntriesOfOneNameAreRefused() throws IOException {
        StreamingZip zip = new StreamingZip(new ByteArrayOutputStream(), LocalDateTime.now());
        zip.add("a", new byte[1]);
        assertThatThrownBy(() -> zip.add("a", new byte[1])).isInstanceOf(IllegalArgumentException.class);
    }
}
