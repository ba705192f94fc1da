package org.evidencedesk.signing;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs openssl, the independent verifier, in a working directory. The binary is {@code openssl} on the
 * PATH unless the {@code openssl} system property names another; a missing one fails the test loudly
 * rather than skipping it, so the interoperability proof cannot quietly disappear.
 */
public final class OpensslCommand {

    private static final String BINARY = System.getProperty("openssl", "openssl");

    private OpensslCommand() {
    }

    public record Result(int exitCode, String output) {

        public boolean succeeded() {
            return exitCode == 0;
        }
    }

    public static Result run(Path directory, String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(BINARY);
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return fail("openssl did not finish: " + command);
            }
            return new Result(process.exitValue(), output);
        } catch (IOException e) {
            return fail("These interoperability tests need openssl 3 (" + BINARY + "): " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("Interrupted while running " + command);
        }
    }
}
