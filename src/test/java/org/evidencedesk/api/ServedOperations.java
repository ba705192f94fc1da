package org.evidencedesk.api;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.evidencedesk.identity.TokenScope;

/**
 * The operations the API serves, read from its compiled resource classes under {@code org.evidencedesk.api}: each
 * resource method's HTTP method and full path ({@code GET /api/v1/cases/{caseId}}), whether it is {@link Public},
 * and the scopes its code asks {@link ApiCaller#require} for (the {@link TokenScope} constants it passes, in the
 * method or in a method of its own class that it calls). What a resource serves is decided by this code, not by its
 * annotations for the document, so this is what the document is held to.
 */
final class ServedOperations {

    private static final String ROOT = "/" + ApiApplication.PATH;

    /** One served operation; {@code scopes} as the document names them ({@code read}, ...). */
    record Served(String method, String path, boolean isPublic, Set<String> scopes) {
    }

    private ServedOperations() {
    }

    /** Every served operation by "METHOD /path". */
    static Map<String, Served> find() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ApiApplication.class.getPackageName());
        Map<String, Served> operations = new TreeMap<>();
        for (JavaClass resource : classes) {
            Optional<Path> root = Optional.ofNullable(resource.reflect().getAnnotation(Path.class));
            if (root.isEmpty()) {
                continue;
            }
            for (JavaMethod method : resource.getMethods()) {
                Method reflected = method.reflect();
                Optional<String> verb = httpMethod(reflected);
                if (verb.isEmpty()) {
                    continue;
                }
                String path = join(ROOT, root.get().value(), Optional.ofNullable(reflected.getAnnotation(Path.class)).map(Path::value).orElse(""));
                boolean isPublic = reflected.isAnnotationPresent(Public.class) || resource.reflect().isAnnotationPresent(Public.class);
                Served served = new Served(verb.get(), path, isPublic, requiredScopes(method));
                operations.put(served.method() + " " + served.path(), served);
            }
        }
        return operations;
    }

    private static Optional<String> httpMethod(Method method) {
        return Stream.of(method.getAnnotations()).map(Annotation::annotationType)
                .map(type -> type.getAnnotation(HttpMethod.class)).filter(java.util.Objects::nonNull)
                .map(HttpMethod::value).findFirst();
    }

    /** The segments joined as Jakarta REST joins them, each path parameter's regular expression left out. */
    static String join(String... parts) {
        String joined = Stream.of(parts).map(part -> part.replaceAll("^/+|/+$", "")).filter(part -> !part.isEmpty())
                .collect(Collectors.joining("/", "/", ""));
        return joined.replaceAll("\\{\\s*([\\w.-]+)\\s*:[^}]*}", "{$1}");
    }

    private static Set<String> requiredScopes(JavaMethod method) {
        Set<String> scopes = new TreeSet<>();
        collectScopes(method, scopes, new HashSet<>());
        return scopes;
    }

    private static void collectScopes(JavaMethod method, Set<String> scopes, Set<JavaMethod> seen) {
        if (!seen.add(method)) {
            return;
        }
        boolean requires = method.getMethodCallsFromSelf().stream().map(JavaMethodCall::getTarget)
                .anyMatch(target -> target.getOwner().isEquivalentTo(ApiCaller.class) && target.getName().equals("require"));
        if (requires) {
            method.getFieldAccesses().stream().map(access -> access.getTarget())
                    .filter(field -> field.getOwner().isEquivalentTo(TokenScope.class))
                    .map(field -> TokenScope.valueOf(field.getName()).code()).forEach(scopes::add);
        }
        method.getMethodCallsFromSelf().stream().map(JavaMethodCall::getTarget)
                .filter(target -> target.getOwner().equals(method.getOwner()))
                .flatMap(target -> target.resolveMember().stream())
                .forEach(callee -> collectScopes(callee, scopes, seen));
    }
}
