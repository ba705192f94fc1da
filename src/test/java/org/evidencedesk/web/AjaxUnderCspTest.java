package org.evidencedesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Views send ajax with PrimeFaces' engine only. Under PrimeFaces' CSP (primefaces.CSP in web.xml) the standard
 * {@code f:ajax} cannot run the script each response carries: faces.js evaluates it with {@code eval}, which the nonce
 * policy forbids, and the failed response stalls faces.js' queue, so every later request of the page stays unsent
 * (the export page counted the first ticked item and no other).
 */
class AjaxUnderCspTest {

    @Test
    void noViewUsesTheStandardAjaxTag() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("webapp"))) {
            List<Path> standardAjax = files.filter(file -> file.toString().endsWith(".xhtml"))
                    .filter(file -> read(file).contains("<f:ajax"))
                    .toList();
            assertThat(standardAjax).as("views with f:ajax (use p:ajax)").isEmpty();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
