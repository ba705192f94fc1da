package org.evidencedesk.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The application's classes keep the dependency rules of {@link DependencyRules}; and each rule does catch the
 * import it forbids, shown on the small fixture under {@code architecture.fixture}, which breaks every one.
 */
class ArchitectureTest {

    private static final JavaClasses APPLICATION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("org.evidencedesk");

    private static final String FIXTURE = "org.evidencedesk.architecture.fixture";
    private static final JavaClasses FIXTURE_CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages(FIXTURE);

    @Test
    void theApplicationKeepsEveryDependencyRule() {
        List<String> violations = new DependencyRules("org.evidencedesk").all().stream()
                .map(rule -> rule.evaluate(APPLICATION))
                .filter(EvaluationResult::hasViolation)
                .map(result -> result.getFailureReport().toString())
                .toList();
        assertThat(violations).as("every rule broken, with each import that breaks it").isEmpty();
    }

    @Test
    void theApplicationIsImported() {
        assertThat(APPLICATION.containPackage("org.evidencedesk.dispute")).isTrue();
        assertThat(APPLICATION.containPackage("org.evidencedesk.dispute.web")).isTrue();
        assertThat(APPLICATION.stream().anyMatch(javaClass -> javaClass.getSimpleName().endsWith("Test"))).isFalse();
    }

    @Test
    void anAreaCoreThatImportsAWebPageIsCaught() {
        assertViolation(fixtureRules().areasImportNoWebPackage(), "alpha.Core", "alpha.web.Page");
    }

    @Test
    void sharedCodeThatImportsAnAreaIsCaught() {
        assertViolation(fixtureRules().sharedImportsNoArea(), "shared.Constants", "alpha.Core");
    }

    @Test
    void twoAreasThatImportEachOtherAreCaught() {
        assertViolation(fixtureRules().areasDoNotImportEachOther(), "beta.Other", "alpha.Core");
    }

    @Test
    void anAreaThatImportsOperationsIsCaught() {
        assertViolation(fixtureRules().onlyOperationsImports("operations"), "beta.Other", "operations.Startup");
    }

    @Test
    void aWebPackageThatImportsAnotherAreasWebPackageIsCaught() {
        assertViolation(fixtureRules().webPackagesImportNoOtherAreasWeb(), "beta.web.OtherPage", "alpha.web.Page");
    }

    @Test
    void theSharedWebLayerThatImportsAnAreasWebPackageIsCaught() {
        assertViolation(fixtureRules().webPackagesImportNoOtherAreasWeb(), "web.Shell", "alpha.web.Page");
    }

    @Test
    void whatTheRulesAllowPassesOnTheFixture() {
        // alpha.web.Page imports the shared web layer and alpha's core: both allowed, so that class is never named.
        for (ArchRule rule : fixtureRules().all()) {
            EvaluationResult result = rule.evaluate(FIXTURE_CLASSES);
            assertThat(result.getFailureReport().getDetails())
                    .noneMatch(line -> line.startsWith("Class <" + FIXTURE + ".alpha.web.Page> depends on")
                            || line.contains("<" + FIXTURE + ".alpha.web.Page> calls"));
        }
    }

    private static DependencyRules fixtureRules() {
        return new DependencyRules(FIXTURE);
    }

    private static void assertViolation(ArchRule rule, String from, String to) {
        List<String> details = rule.evaluate(FIXTURE_CLASSES).getFailureReport().getDetails();
        assertThat(details).as(rule.getDescription())
                .anyMatch(line -> line.contains(FIXTURE + "." + from) && line.contains(FIXTURE + "." + to));
    }
}
