package org.evidencedesk.bundle.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SerialCollectorLaunchTest {

    private static final String[] ARGUMENTS = {"case evidence.asice", "--trust", "root.pem"};

    @Test
    void withoutAChosenCollectorTheCommandRunsAgainWithTheSerialOneTheSameOptionsAndArguments() {
        assertThat(SerialCollectorLaunch.command("/jdk/bin/java", List.of("-Xmx2g", "-Dfile.encoding=UTF-8"), false,
                "evidence-desk-verify.jar", ARGUMENTS)).contains(List.of("/jdk/bin/java", "-Xmx2g",
                "-Dfile.encoding=UTF-8", "-XX:+UseSerialGC", "-Devidencedesk.verify.relaunched=true", "-cp",
                "evidence-desk-verify.jar", "org.evidencedesk.bundle.verify.VerifyCommand", "case evidence.asice",
                "--trust", "root.pem"));
    }

    @Test
    void aChosenCollectorAnAgentTheSerialOneAlreadyOrNoClassPathVerifiesHere() {
        for (String chosen : List.of("-XX:+UseG1GC", "-XX:+UseParallelGC", "-XX:+UseZGC", "-XX:-UseSerialGC",
                "-agentlib:jdwp=transport=dt_socket,server=y,address=5005", "-agentpath:/opt/profiler.so=start",
                "-javaagent:agent.jar")) {
            assertThat(SerialCollectorLaunch.command("java", List.of(chosen), false, "v.jar", ARGUMENTS)).as(chosen).isEmpty();
        }
        assertThat(SerialCollectorLaunch.command("java", List.of(), true, "v.jar", ARGUMENTS)).isEmpty();
        assertThat(SerialCollectorLaunch.command("java", List.of(), false, " ", ARGUMENTS)).isEmpty();
    }

    @Test
    void theSecondJvmHasTheSerialCollectorAndItsExitCodeIsTheCommands() throws Exception {
        Run defaults = verifyCommand("-Xlog:gc:stdout");
        assertThat(defaults.exit()).as("usage: called wrongly").isEqualTo(VerifyCommand.USAGE);
        assertThat(defaults.output()).contains("Using Serial").contains("Usage:");

        Run chosen = verifyCommand("-Xlog:gc:stdout", "-XX:+UseParallelGC");
        assertThat(chosen.exit()).isEqualTo(VerifyCommand.USAGE);
        assertThat(chosen.output()).contains("Using Parallel").doesNotContain("Using Serial");
    }

    private record Run(int exit, String output) {
    }

    /** The verify command with no arguments, in a JVM of its own with these options. */
    private static Run verifyCommand(String... options) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(List.of(options));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), VerifyCommand.class.getName()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), output);
    }
}
