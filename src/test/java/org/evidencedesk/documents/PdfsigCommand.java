package org.evidencedesk.documents;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs poppler's {@code pdfsig}, an independent PDF signature checker (NSS underneath), on a file. A
 * missing pdfsig fails the test rather than skipping it: {@code apt-get install poppler-utils}.
 */
public final class PdfsigCommand {

    private PdfsigCommand() {
    }

    /** The report on {@code pdf}'s signatures; never online: {@code -no-ocsp} keeps pdfsig from asking a responder. */
    public static String run(Path pdf) {
        return run(pdf, "-no-ocsp", pdf.toString());
    }

    /**
     * The report, and each signature's {@code /Contents} written beside {@code pdf} as poppler reads it:
     * {@code <name>.sig0}, {@code <name>.sig1}, … in the order of the report.
     */
    static String dump(Path pdf) {
        run(pdf, "-no-ocsp", "-dump", pdf.getFileName().toString());
        return run(pdf);
    }

    private static String run(Path pdf, String... arguments) {
        try {
            List<String> command = new ArrayList<>(List.of("pdfsig"));
            command.addAll(List.of(arguments));
            Process process = new ProcessBuilder(command).directory(pdf.toAbsolutePath().getParent().toFile())
                    .redirectErrorStream(true).start();
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
