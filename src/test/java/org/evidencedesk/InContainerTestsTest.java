package org.evidencedesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The one deployment holds every in-container test class: one left out would fail in the container, unfound. */
class InContainerTestsTest {

    private static final Path TESTS = Path.of("src/test/java");
    /** A test class run by Arquillian, as it is annotated. */
    private static final Pattern IN_CONTAINER = Pattern.compile("(?m)^@ExtendWith\\(ArquillianExtension\\.class\\)");

    @Test
    void everyInContainerTestClassIsInTheDeployment() throws IOException {
        assertThat(InContainerTests.CLASSES).containsAll(inContainerTestClasses());
    }

    @Test
    void everyClassNamedExists() {
        assertThat(InContainerTests.CLASSES).allSatisfy(name -> assertThat(Files.exists(source(name))).as(name).isTrue());
    }

    private static List<String> inContainerTestClasses() throws IOException {
        try (Stream<Path> files = Files.walk(TESTS)) {
            List<String> found = files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> IN_CONTAINER.matcher(read(file)).find())
                    .map(file -> TESTS.relativize(file).toString().replace(".java", "").replace('/', '.'))
                    .toList();
            assertThat(found).as("the in-container test classes found").isNotEmpty();
            return found;
        }
    }

    private static Path source(String className) {
        return TESTS.resolve(className.replace('.', '/') + ".java");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
