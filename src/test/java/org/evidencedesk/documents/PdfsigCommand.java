package org.evidencedesk.documents;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Runs poppler's {@code pdfsig}, an independent PDF signature checker (NSS underneath), on a file. A
 * missing pdfsig fails the test rather than skipping it: {@code apt-get install poppler-utils}.
 */
final class PdfsigCommand {

    private PdfsigCommand() {
    }

    static String run(Path pdf) {
        try {
            Process process = new ProcessBuilder("pdfsig", pdf.toString()).redirectErrorStream(true).start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return fail("pdfsig did not finish on " + pdf);
            }
            return output;
        } catch (IOException e) {
            return fail("This interoperability test needs pdfsig from poppler-utils: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("Interrupted while running pdfsig");
        }
    }
}
