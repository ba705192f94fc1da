package org.evidencedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the login is kept, that nobody else may read it, and that the environment overrides it. */
class ConfigFileTest {

    @TempDir
    Path home;

    @Test
    void theLoginIsStoredOwnerOnlyInAFolderOnlyTheOwnerMayEnter() throws IOException {
        Path file = home.resolve("conf/evidence-desk/config.properties");
        ConfigFile config = new ConfigFile(file);

        config.store(new Login("https://desk.example", "edk_secret", "ab12"));

        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(file.getParent())).isEqualTo(PosixFilePermissions.fromString("rwx------"));
        assertThat(config.load()).contains(new Login("https://desk.example", "edk_secret", "ab12"));
    }

    @Test
    void anExistingFolderOthersMayReadIsClosedBeforeTheTokenIsWritten() throws IOException {
        Path folder = Files.createDirectories(home.resolve("evidence-desk"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));

        new ConfigFile(folder.resolve("config.properties")).store(new Login("https://desk.example", "edk_secret", "ab12"));

        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(folder);
        assertThat(permissions).containsExactlyInAnyOrderElementsOf(PosixFilePermissions.fromString("rwx------"));
    }

    @Test
    void aFolderChosenWithTheOverrideIsLeftAsItIsWhileTheFileIsStillOwnerOnly() throws IOException {
        Path folder = Files.createDirectories(home.resolve("shared"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path file = folder.resolve("ci.properties");

        new ConfigFile(file).store(new Login("https://desk.example", "edk_secret", null));

        assertThat(Files.getPosixFilePermissions(folder)).isEqualTo(PosixFilePermissions.fromString("rwxr-xr-x"));
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void aSecondLoginReplacesTheFirstAndLogoutDeletesIt() throws IOException {
        ConfigFile config = new ConfigFile(home.resolve("config.properties"));
        config.store(new Login("https://one.example", "edk_one", "01"));
        config.store(new Login("https://two.example", "edk_two", "02"));

        assertThat(config.load()).contains(new Login("https://two.example", "edk_two", "02"));
        assertThat(config.delete()).isTrue();
        assertThat(config.load()).isEmpty();
        assertThat(Files.list(home)).isEmpty();
    }

    @Test
    void theLocationFollowsTheOverrideThenXdgThenHome() {
        assertThat(ConfigFile.location(Map.of("EVIDENCE_DESK_CONFIG", "/tmp/x.properties", "XDG_CONFIG_HOME", "/xdg"), Path.of("/home/u")))
                .isEqualTo(Path.of("/tmp/x.properties"));
        assertThat(ConfigFile.location(Map.of("XDG_CONFIG_HOME", "/xdg"), Path.of("/home/u")))
                .isEqualTo(Path.of("/xdg/evidence-desk/config.properties"));
        assertThat(ConfigFile.location(Map.of(), Path.of("/home/u")))
                .isEqualTo(Path.of("/home/u/.config/evidence-desk/config.properties"));
    }

    @Test
    void theEnvironmentOverridesServerAndTokenButKeepsThePinnedRoot() {
        Login stored = new Login("https://desk.example", "edk_stored", "ab12");

        Optional<Login> login = Login.resolve(Optional.of(stored),
                Map.of("EVIDENCE_DESK_TOKEN", "edk_ci", "EVIDENCE_DESK_SERVER", "https://desk.example/"));

        assertThat(login).contains(new Login("https://desk.example", "edk_ci", "ab12"));
        assertThat(Login.resolve(Optional.empty(), Map.of("EVIDENCE_DESK_TOKEN", "edk_ci"))).isEmpty();
        assertThat(Login.resolve(Optional.empty(), Map.of("EVIDENCE_DESK_TOKEN", "edk_ci", "EVIDENCE_DESK_SERVER", "https://ci.example")))
                .contains(new Login("https://ci.example", "edk_ci", null));
    }

    @Test
    void aCiRunMayPinTheRootInTheEnvironmentInEitherNotation() {
        assertThat(Login.resolve(Optional.empty(), Map.of("EVIDENCE_DESK_TOKEN", "edk_ci", "EVIDENCE_DESK_SERVER", "https://ci.example",
                "EVIDENCE_DESK_ROOT_SHA256", "AB:12")))
                .contains(new Login("https://ci.example", "edk_ci", "ab12"));
    }

    @Test
    void anotherServerFromTheEnvironmentDoesNotInheritThePinOfTheStoredOne() {
        Login stored = new Login("https://desk.example", "edk_stored", "ab12");

        assertThat(Login.resolve(Optional.of(stored), Map.of("EVIDENCE_DESK_SERVER", "https://other.example")))
                .contains(new Login("https://other.example", "edk_stored", null));
    }
}
