package org.evidencedesk.evidence.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.pdfbox.io.RandomAccess;
import org.apache.pdfbox.io.RandomAccessStreamCache;
import org.evidencedesk.shared.config.Setting;
import org.evidencedesk.shared.config.Settings;
import org.evidencedesk.shared.config.TemporaryDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderingConfigurationTest {

    @TempDir
    Path directory;

    @Test
    void pdfBoxKeepsItsScratchFilesInTheInstallationsTemporaryDirectoryAndRemovesThemWhenDone() throws Exception {
        Properties data = new Properties();
        data.setProperty(Setting.DATA_DIR.key(), directory.resolve("data").toString());
        Settings settings = Settings.resolve(new Properties(), Map.of(), data);
        Path temporary = directory.resolve("data/tmp");

        try (RandomAccessStreamCache cache = RenderingConfiguration.scratchFilesIn(
                new TemporaryDirectory(settings, Clock.systemUTC())).create()) {
            RandomAccess stream = cache.createBuffer();
            stream.write(new byte[64 * 1024]);

            assertThat(files(temporary)).as("scratch files while a stream is open").isNotEmpty();
        }
        assertThat(files(temporary)).as("scratch files once closed").isEmpty();
    }

    private static List<Path> files(Path directory) throws Exception {
        try (Stream<Path> files = Files.list(directory)) {
            return files.toList();
        }
    }
}
