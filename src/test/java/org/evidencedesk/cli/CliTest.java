package org.evidencedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exit codes and messages of the client before it talks to any server, in both languages. */
class CliTest {

    @TempDir
    Path home;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void helpListsTheCommandsAndEveryExitCode() {
        assertThat(run("--help")).isEqualTo(0);
        assertThat(stdout()).contains("login --server URL", "submit CASE", "export CASE", "verify BUNDLE")
                .contains("0  done", "1  a check failed", "2  called wrongly", "3  not logged in", "4  the server could not be reached");
    }

    @Test
    void helpIsInChineseWithLangZh() {
        assertThat(run("--lang", "zh", "--help")).isEqualTo(0);
        assertThat(stdout()).contains("命令行客户端", "退出码");
    }

    @Test
    void noCommandOrAnUnknownOneIsAUsageError() {
        assertThat(run()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run("frobnicate")).isEqualTo(ExitCode.USAGE.code());
        assertThat(stderr()).contains("There is no command \"frobnicate\"");
    }

    @Test
    void anUnknownOptionIsRefusedNotIgnored() {
        assertThat(run("cases", "--stauts", "ACCEPTED")).isEqualTo(ExitCode.USAGE.code());
        assertThat(stderr()).contains("--stauts");
    }

    @Test
    void withoutALoginACommandEndsNotAuthorizedAndSaysHowToLogIn() {
        assertThat(run("--lang", "zh", "cases")).isEqualTo(ExitCode.NOT_AUTHORIZED.code());
        assertThat(stderr()).contains("尚未登录").contains("login --server URL");
    }

    @Test
    void aCaseIdMustBeANumber() {
        assertThat(run("items", "Lianxin")).isEqualTo(ExitCode.USAGE.code());
        assertThat(stderr()).contains("\"Lianxin\" is not a case id");
    }

    @Test
    void verifyIsTheVerifyCommandWithItsOwnCodes() {
        assertThat(run("verify")).isEqualTo(2);
        assertThat(stderr()).contains("evidence-desk-verify.jar BUNDLE.asice");
        assertThat(run("verify", home.resolve("missing.asice").toString())).isEqualTo(2);
        assertThat(stderr()).contains("missing.asice");
    }

    @Test
    void aServerThatCannotBeReachedEndsUnavailable() {
        assertThat(run("login", "--server", "http://127.0.0.1:9", "--token", "edk_x")).isEqualTo(ExitCode.UNAVAILABLE.code());
        assertThat(stderr()).contains("Cannot reach http://127.0.0.1:9");
    }

    private int run(String... arguments) {
        out.reset();
        err.reset();
        List<String> withLanguage = List.of(arguments).contains("--lang") ? List.of(arguments)
                : java.util.stream.Stream.concat(java.util.stream.Stream.of("--lang", "en"), List.of(arguments).stream()).toList();
        return Cli.run(withLanguage, Map.of("EVIDENCE_DESK_CONFIG", home.resolve("config.properties").toString()),
                new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
