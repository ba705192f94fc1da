package org.evidencedesk.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The two command-line jars hold only the application classes their assembly descriptors list
 * ({@code src/assembly/verifier-component.xml}, and {@code cli-command.xml}'s own {@code org/evidencedesk/cli/**}):
 * every application class a packed class uses must be packed too, or the command fails with NoClassDefFoundError
 * on the first bundle that reaches it. And the CLI is a client of the server, never part of it: nothing imports it.
 */
class CommandJarsTest {

    private static final JavaClasses APPLICATION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("org.evidencedesk");

    private static final Pattern INCLUDE = Pattern.compile("<include>(org/evidencedesk/[^<]+)</include>");

    @Test
    void everyApplicationClassTheVerifierUsesIsPacked() throws IOException {
        assertThat(missingFrom(packedBy("verifier-component.xml"))).as("classes the verify jar uses but does not hold").isEmpty();
    }

    @Test
    void everyApplicationClassTheCliUsesIsPacked() throws IOException {
        List<PathMatcher> packed = new ArrayList<>(packedBy("verifier-component.xml"));
        packed.addAll(packedBy("cli-command.xml"));
        assertThat(missingFrom(packed)).as("classes the CLI jar uses but does not hold").isEmpty();
    }

    @Test
    void nothingInTheServerImportsTheCli() {
        List<String> importers = APPLICATION.stream()
                .filter(javaClass -> !javaClass.getPackageName().startsWith("org.evidencedesk.cli"))
                .flatMap(javaClass -> javaClass.getDirectDependenciesFromSelf().stream())
                .filter(dependency -> dependency.getTargetClass().getPackageName().startsWith("org.evidencedesk.cli"))
                .map(Dependency::getDescription)
                .toList();
        assertThat(importers).as("the server's classes that import the CLI").isEmpty();
    }

    @Test
    void aClassTheDescriptorsLeaveOutIsCaught() throws IOException {
        // The CLI uses bundle.verify; packed with the CLI's own classes alone, those uses must be reported.
        assertThat(missingFrom(packedBy("cli-command.xml"))).anyMatch(line -> line.contains("org.evidencedesk.bundle.verify."));
    }

    /** For every packed application class, each application class it uses that no pattern packs, as "user -> used". */
    private static TreeSet<String> missingFrom(List<PathMatcher> packed) {
        TreeSet<String> missing = new TreeSet<>();
        for (JavaClass javaClass : APPLICATION) {
            if (!isPacked(javaClass, packed)) {
                continue;
            }
            for (Dependency dependency : javaClass.getDirectDependenciesFromSelf()) {
                JavaClass target = dependency.getTargetClass();
                if (target.getPackageName().startsWith("org.evidencedesk") && !target.isArray()
                        && !isPacked(target, packed)) {
                    missing.add(javaClass.getName() + " -> " + target.getName());
                }
            }
        }
        return missing;
    }

    private static boolean isPacked(JavaClass javaClass, List<PathMatcher> packed) {
        Path file = Path.of(javaClass.getName().replace('.', '/') + ".class");
        return packed.stream().anyMatch(matcher -> matcher.matches(file));
    }

    private static List<PathMatcher> packedBy(String descriptor) throws IOException {
        String text = Files.readString(Path.of("src/assembly", descriptor));
        List<PathMatcher> matchers = new ArrayList<>();
        Matcher include = INCLUDE.matcher(text);
        while (include.find()) {
            String glob = include.group(1);
            if (glob.endsWith(".properties")) {
                continue;
            }
            matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
        }
        assertThat(matchers).as("class patterns in " + descriptor).isNotEmpty();
        return matchers;
    }
}
