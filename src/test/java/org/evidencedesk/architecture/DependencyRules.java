package org.evidencedesk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.List;
import java.util.Optional;

/**
 * The dependency rules of the code base, for the packages under one root (the application's, or a test fixture's):
 * <ul>
 *   <li>an area is a package directly under the root ({@code dispute}, {@code evidence}, ...) with its sub-packages;
 *       its {@code web} sub-package holds its pages and servlets; the package {@code web} directly under the root
 *       is the shared web layer;</li>
 *   <li>an area's core imports no web package;</li>
 *   <li>{@code shared} imports no area;</li>
 *   <li>no two areas import each other, directly or round a longer circle (an area's core and its web package count
 *       apart, so a page may read from the areas below its own);</li>
 *   <li>nothing but {@code operations}, the composition root, imports {@code operations} or {@code demo};</li>
 *   <li>a web package imports no other area's web package, and the shared web layer imports none;</li>
 *   <li>the API ({@code api} and its sub-packages) is a web package of its own: it may use every area's core and the
 *       shared web layer.</li>
 * </ul>
 */
final class DependencyRules {

    private final String root;

    DependencyRules(String root) {
        this.root = root;
    }

    List<ArchRule> all() {
        return List.of(areasImportNoWebPackage(), sharedImportsNoArea(), areasDoNotImportEachOther(),
                onlyOperationsImports("operations"), onlyOperationsImports("demo"), webPackagesImportNoOtherAreasWeb());
    }

    ArchRule areasImportNoWebPackage() {
        return noClasses().that(inAnAreaCore()).should().dependOnClassesThat(inAWebPackage())
                .because("an area's core is used by pages, never the other way round");
    }

    ArchRule sharedImportsNoArea() {
        return noClasses().that().resideInAPackage(root + ".shared..")
                .should().dependOnClassesThat(underRoot().and(DescribedPredicate.not(inArea("shared"))))
                .because("shared code is below every area");
    }

    ArchRule areasDoNotImportEachOther() {
        return slices().assignedFrom(new Areas()).should().beFreeOfCycles()
                .because("two areas that import each other are one area with two names");
    }

    ArchRule onlyOperationsImports(String area) {
        return noClasses().that(underRoot().and(DescribedPredicate.not(inArea("operations"))).and(DescribedPredicate.not(inArea(area))))
                .should().dependOnClassesThat(inArea(area))
                .allowEmptyShould(true)
                .because("operations is the composition root: it wires the application together and nothing depends on it");
    }

    ArchRule webPackagesImportNoOtherAreasWeb() {
        return classes().that(inAWebPackage()).should(new ArchCondition<>("import no other area's web package") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                Optional<String> own = webAreaOf(item);
                for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
                    Optional<String> target = webAreaOf(dependency.getTargetClass());
                    boolean sharedWebLayer = target.filter("web"::equals).isPresent();
                    if (target.isPresent() && !target.equals(own) && !sharedWebLayer) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        }).because("pages of one area reach another area's pages by URL, never by importing their beans");
    }

    /** The area whose web package holds the class ("web" for the shared web layer); empty outside web packages. */
    private Optional<String> webAreaOf(JavaClass javaClass) {
        String[] parts = relativePackage(javaClass);
        if (parts.length == 0) {
            return Optional.empty();
        }
        // The API (org.evidencedesk.api..) is an adapter beside the pages, so it counts as a web package of its own.
        boolean api = parts[0].equals("api");
        return api || List.of(parts).contains("web") ? Optional.of(parts[0]) : Optional.empty();
    }

    private String[] relativePackage(JavaClass javaClass) {
        String name = javaClass.getPackageName();
        return name.startsWith(root + ".") ? name.substring(root.length() + 1).split("\\.") : new String[0];
    }

    private DescribedPredicate<JavaClass> underRoot() {
        return DescribedPredicate.describe("under " + root, javaClass -> relativePackage(javaClass).length > 0);
    }

    private DescribedPredicate<JavaClass> inArea(String area) {
        return DescribedPredicate.describe("in " + area, javaClass -> {
            String[] parts = relativePackage(javaClass);
            return parts.length > 0 && parts[0].equals(area);
        });
    }

    private DescribedPredicate<JavaClass> inAWebPackage() {
        return DescribedPredicate.describe("in a web package", javaClass -> webAreaOf(javaClass).isPresent());
    }

    private DescribedPredicate<JavaClass> inAnAreaCore() {
        return DescribedPredicate.describe("in an area's core", javaClass -> {
            String[] parts = relativePackage(javaClass);
            return parts.length > 0 && webAreaOf(javaClass).isEmpty() && !parts[0].equals("operations");
        });
    }

    /** Each area's core, and each area's web package, is a slice of its own; the shared web layer is one more. */
    private final class Areas implements SliceAssignment {

        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String[] parts = relativePackage(javaClass);
            if (parts.length == 0) {
                return SliceIdentifier.ignore();
            }
            boolean web = webAreaOf(javaClass).isPresent() && !parts[0].equals("web");
            return SliceIdentifier.of(web ? parts[0] + ".web" : parts[0]);
        }

        @Override
        public String getDescription() {
            return "the areas under " + root + " and their web packages";
        }
    }
}
