package org.evidencedesk.operations;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.evidencedesk.shared.config.ConfigurationException;
import org.evidencedesk.shared.config.DataDirectory;
import org.evidencedesk.shared.config.Setting;
import org.evidencedesk.shared.config.Settings;
import org.evidencedesk.shared.config.SettingsTest;
import org.evidencedesk.signing.TestKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LauncherTest {

    @TempDir
    Path temp;

    private Settings settings(Map<String, String> values) {
        Properties system = new Properties();
        system.putAll(values);
        return Settings.resolve(new Properties(), Map.of(), system);
    }

    @Test
    void goodSettingsGiveTheServerCommandAndAnOwnerOnlyPropertiesFile() throws IOException {
        Path data = temp.resolve("data");
        int port = freePort();
        Settings settings = settings(Map.of("evidencedesk.data.dir", data.toString(),
                "evidencedesk.http.port", String.valueOf(port), "evidencedesk.db.password", "secret"));

        List<String> command = Launcher.prepare(settings, Path.of("target"));

        assertThat(command).contains("-Xmx1g", "--port", String.valueOf(port), "--contextroot", "/");
        assertThat(command).as("the uploads' hashing threads at nice 19, every other thread at 0")
                .contains("-XX:ThreadPriorityPolicy=1", "-XX:JavaPriority1_To_OSPriority=19", "-XX:JavaPriority2_To_OSPriority=0", "-XX:JavaPriority3_To_OSPriority=0",
                        "-XX:JavaPriority5_To_OSPriority=0", "-XX:JavaPriority9_To_OSPriority=0", "-XX:JavaPriority10_To_OSPriority=0");
        assertThat(command.indexOf("-XX:ThreadPriorityPolicy=1")).as("JVM flags come before -jar").isLessThan(command.indexOf("-jar"));
        Path properties = data.resolve("run/system.properties");
        assertThat(command).contains(properties.toString());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(properties))).isEqualTo("rw-------");
        Properties written = new Properties();
        try (var in = Files.newInputStream(properties)) {
            written.load(in);
        }
        assertThat(written.getProperty("evidencedesk.db.url")).startsWith("jdbc:h2:file:" + data);
        assertThat(written.getProperty(Settings.DATASOURCE_CLASS_PROPERTY)).isEqualTo("org.h2.jdbcx.JdbcDataSource");
        assertThat(Files.exists(data.resolve("db/evidencedesk.mv.db"))).as("H2 file created by the check").isTrue();
    }

    @Test
    void thePreviousRunsPayaraFolderIsClearedButItsLogsKept() throws IOException {
        Path data = temp.resolve("data");
        Path root = data.resolve("payara");
        Files.createDirectories(root.resolve("config"));
        Files.writeString(root.resolve("config/domain.xml"), "<domain><applications><application name=\"evidence-desk\"/></applications></domain>");
        Files.createDirectories(root.resolve("applications/evidence-desk/WEB-INF"));
        Files.writeString(root.resolve("applications/evidence-desk/WEB-INF/web.xml"), "<web-app/>");
        Files.createDirectories(root.resolve("logs"));
        Files.writeString(root.resolve("logs/server.log"), "an earlier run");
        Settings settings = settings(Map.of("evidencedesk.data.dir", data.toString(),
                "evidencedesk.http.port", String.valueOf(freePort())));

        List<String> command = Launcher.prepare(settings, Path.of("target"));

        assertThat(command).containsSequence("--rootdir", root.toString());
        assertThat(root.resolve("config")).doesNotExist();
        assertThat(root.resolve("applications")).doesNotExist();
        assertThat(root.resolve("logs/server.log")).hasContent("an earlier run");
    }

    @Test
    void anUnwritableDataDirectoryStopsStartUp() throws IOException {
        Path blocker = Files.writeString(temp.resolve("a-file"), "not a folder");
        Settings settings = settings(Map.of("evidencedesk.data.dir", blocker.resolve("data").toString()));

        assertThatThrownBy(() -> Launcher.prepare(settings, Path.of("target")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("Data directory " + blocker.resolve("data"))
                .hasMessageContaining("is not writable");
    }

    @Test
    void aMissingPdfFontStopsStartUpSayingWhatToInstall() {
        Settings settings = settings(Map.of("evidencedesk.data.dir", temp.toString(),
                "evidencedesk.pdf.font", temp.resolve("no-such-font.ttc").toString()));

        assertThatThrownBy(() -> Launcher.prepare(settings, Path.of("target")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining(temp.resolve("no-such-font.ttc").toString())
                .hasMessageContaining("install Debian's fonts-wqy-zenhei or set EVIDENCEDESK_PDF_FONT");
    }

    @Test
    void aPdfFontThatIsNoFontStopsStartUp() throws IOException {
        Path notAFont = Files.writeString(temp.resolve("font.ttc"), "not a font");
        Settings settings = settings(Map.of("evidencedesk.data.dir", temp.toString(), "evidencedesk.pdf.font", notAFont.toString()));

        assertThatThrownBy(() -> Launcher.prepare(settings, Path.of("target")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("The PDF font " + notAFont + " is not a TrueType font or collection")
                .hasMessageEndingWith("(evidencedesk.pdf.font): install Debian's fonts-wqy-zenhei or set EVIDENCEDESK_PDF_FONT"
                        + " to another TrueType font.");
    }

    @Test
    void aWeakAdministratorPasswordStopsStartUp() {
        Settings settings = settings(Map.of("evidencedesk.data.dir", temp.toString(), "evidencedesk.admin.password", "admin-password-1"));

        assertThatThrownBy(() -> Launcher.prepare(settings, Path.of("target")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("EVIDENCEDESK_ADMIN_PASSWORD is too weak");
    }

    @Test
    void anExternalTimeStampingAuthorityWithoutATrustAnchorStopsStartUp() {
        Settings settings = settings(Map.of("evidencedesk.data.dir", temp.toString(), "evidencedesk.tsa.url", "https://tsa.example/tsr"));

        assertThatThrownBy(() -> Launcher.prepare(settings, Path.of("target")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("https://tsa.example/tsr")
                .hasMessageContaining("has no trust anchor")
                .hasMessageContaining("evidencedesk.tsa.trust (EVIDENCEDESK_TSA_TRUST)");
    }

    @Test
    void aPlainHttpTimeStampingAuthorityWithoutAPinStopsStartUp() throws Exception {
        Path trust = Files.writeString(temp.resolve("tsa-root.pem"), SettingsTest.pem(TestKeys.ROOT.certificate()));
        Settings settings = settings(Map.of("evidencedesk.data.dir", temp.toString(), "evidencedesk.tsa.url", "http://tsa.example/tsr",
                "evidencedesk.tsa.trust", trust.toString()));

        assertThatThrownBy(() -> Launcher.prepare(settings, Path.of("target")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("is plain HTTP")
                .hasMessageContaining("evidencedesk.tsa.pin (EVIDENCEDESK_TSA_PIN)");
    }

    @Test
    void aBadPinStopsStartUpEvenWithoutAnExternalAuthority() {
        Settings settings = settings(Map.of("evidencedesk.data.dir", temp.toString(), "evidencedesk.tsa.pin", "12:34"));

        assertThatThrownBy(() -> Launcher.prepare(settings, Path.of("target")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("evidencedesk.tsa.pin");
    }

    @Test
    void aPortInUseStopsStartUp() throws IOException {
        try (ServerSocket taken = new ServerSocket(0)) {
            Settings settings = settings(Map.of("evidencedesk.data.dir", temp.toString(),
                    "evidencedesk.http.port", String.valueOf(taken.getLocalPort())));

            assertThatThrownBy(() -> Launcher.prepare(settings, Path.of("target")))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("HTTP port " + taken.getLocalPort())
                    .hasMessageContaining("already in use");
        }
    }

    @Test
    void anUnreachableDatabaseStopsStartUpWithOneLine() throws IOException {
        Settings settings = settings(Map.of("evidencedesk.data.dir", temp.toString(), "evidencedesk.http.port", String.valueOf(freePort()),
                "evidencedesk.db.url", "jdbc:postgresql://127.0.0.1:1/nothing-listens-here"));

        assertThatThrownBy(() -> Launcher.prepare(settings, Path.of("target")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("Cannot connect to the database at jdbc:postgresql://127.0.0.1:1/nothing-listens-here")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void anUnknownDatabaseUrlStopsStartUp() throws IOException {
        Settings settings = settings(Map.of("evidencedesk.data.dir", temp.toString(), "evidencedesk.http.port", String.valueOf(freePort()),
                "evidencedesk.db.url", "jdbc:mysql://localhost/ed"));

        assertThatThrownBy(() -> Launcher.prepare(settings, Path.of("target")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("Unknown database URL");
    }

    @Test
    void aBrokenRuleFileStopsStartUpWithOneLineNamingIt() throws IOException {
        Path rules = Files.createDirectories(temp.resolve("rules"));
        Files.copy(Path.of("config/rules/rule-set.schema.json"), rules.resolve("rule-set.schema.json"));
        Files.copy(Path.of("config/rules/aucl-32a.v1.json"), rules.resolve("aucl-32a.v1.json"));
        Path broken = Files.writeString(rules.resolve("aucl-32a.v2.json"),
                Files.readString(rules.resolve("aucl-32a.v1.json")).replace("\"version\": 1", "\"version\": 2")
                        .replace("\"TRADE_SECRET\"", "\"TRADE_SECRETS\""));
        Settings settings = settings(Map.of("evidencedesk.data.dir", temp.resolve("data").toString(),
                "evidencedesk.rules.dir", rules.toString(), "evidencedesk.http.port", String.valueOf(freePort())));

        assertThatThrownBy(() -> Launcher.prepare(settings, Path.of("target")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("Invalid rule file " + broken + ": unknown IP type 'TRADE_SECRETS' (known: PATENT, TRADEMARK, COPYRIGHT,"
                        + " SOFTWARE_COPYRIGHT, TRADE_SECRET, UNFAIR_COMPETITION).");
        assertThat(Files.exists(temp.resolve("data"))).as("nothing is prepared before the rules are checked").isFalse();
    }

    @Test
    void theRulesFolderIsHandedToTheServer() throws IOException {
        Path data = temp.resolve("data");
        Settings settings = settings(Map.of("evidencedesk.data.dir", data.toString(), "evidencedesk.http.port", String.valueOf(freePort())));

        Launcher.prepare(settings, Path.of("target"));

        Properties written = new Properties();
        try (var in = Files.newInputStream(data.resolve("run/system.properties"))) {
            written.load(in);
        }
        assertThat(written.getProperty("evidencedesk.rules.dir")).isEqualTo(Path.of("config/rules").toAbsolutePath().toString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
