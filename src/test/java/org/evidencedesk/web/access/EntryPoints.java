package org.evidencedesk.web.access;

import jakarta.servlet.annotation.WebServlet;
import jakarta.ws.rs.HttpMethod;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.evidencedesk.api.Public;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * Every way into the application, found where it is declared rather than listed by hand, so that a new one
 * without a row in the matrix fails the test: the servlets' {@code @WebServlet} patterns in the compiled
 * classes, the servlet mappings of {@code web.xml}, the pages (every view outside {@code WEB-INF}), and every
 * action a view can invoke (the bean and method of each {@code action}, {@code actionListener} and
 * {@code listener} method expression, in pages, templates and includes alike), and every operation of the API (each
 * method of a Jakarta REST resource class under {@code org.evidencedesk.api}, by its HTTP method and path). A view
 * action runs when its page is opened, so the page's row covers it.
 */
public final class EntryPoints {

    private static final Pattern TAG = Pattern.compile("<([A-Za-z][\\w:]*)\\s[^>]*>");
    private static final Pattern METHOD_EXPRESSION = Pattern.compile(
            "\\b(?:action|actionListener|listener|valueChangeListener)=\"#\\{\\s*([A-Za-z_]\\w*)\\.([A-Za-z_]\\w*)");

    private static final String API_PACKAGE = "org.evidencedesk.api.";
    private static final Pattern TEMPLATE = Pattern.compile("\\{\\s*(\\w+)\\s*(?::[^}]*)?}");

    private EntryPoints() {
    }

    /**
     * Every operation the API serves, as "METHOD /path" below {@code /api/v1} with its parameters in braces
     * ("GET /cases/{caseId}"), and the scope it declares: its {@code @SecurityRequirement}'s scope, "token" for one
     * that names none (any valid token), "public" for a {@code @Public} one, "none" if it declares nothing.
     */
    public static Map<String, String> apiOperations(Path classes) {
        Map<String, String> operations = new TreeMap<>();
        for (String className : classNames(classes)) {
            if (!className.startsWith(API_PACKAGE)) {
                continue;
            }
            Class<?> type = load(className);
            jakarta.ws.rs.Path root = type.getAnnotation(jakarta.ws.rs.Path.class);
            if (root == null) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                httpMethod(method).ifPresent(verb -> operations.put(verb + " " + join(root.value(),
                        Optional.ofNullable(method.getAnnotation(jakarta.ws.rs.Path.class)).map(jakarta.ws.rs.Path::value).orElse("")),
                        scope(type, method)));
            }
        }
        return operations;
    }

    /** Whether an operation's path template ("/cases/{caseId}") maps a path ("/cases/{trade-secret case}" or "/cases/12"). */
    public static boolean mapsApi(String template, String path) {
        String[] parts = template.split("\\{[^}]*}", -1);
        String regex = Arrays.stream(parts).map(Pattern::quote).collect(Collectors.joining("(?:\\{[^}/]+}|[^/{}]+)"));
        return path.matches(regex);
    }

    private static Optional<String> httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return Optional.of(verb.value());
            }
        }
        return Optional.empty();
    }

    private static String join(String root, String sub) {
        String path = ("/" + root + "/" + sub).replaceAll("/+", "/");
        path = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return TEMPLATE.matcher(path).replaceAll("{$1}");
    }

    private static String scope(Class<?> type, Method method) {
        if (method.isAnnotationPresent(Public.class) || type.isAnnotationPresent(Public.class)) {
            return "public";
        }
        SecurityRequirement requirement = Optional.ofNullable(method.getAnnotation(SecurityRequirement.class))
                .orElse(type.getAnnotation(SecurityRequirement.class));
        if (requirement == null) {
            return "none";
        }
        return requirement.scopes().length == 0 ? "token" : String.join(",", requirement.scopes());
    }

    private static Class<?> load(String className) {
        try {
            return Class.forName(className, false, EntryPoints.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalStateException("Cannot read the annotations of " + className, e);
        }
    }

    /** The URL patterns of every class under {@code classes} annotated {@code @WebServlet}. */
    public static Set<String> servletPatterns(Path classes) {
        Set<String> patterns = new TreeSet<>();
        for (String className : classNames(classes)) {
            Class<?> type = load(className);
            WebServlet servlet = type.getAnnotation(WebServlet.class);
            if (servlet != null) {
                patterns.addAll(Arrays.asList(servlet.urlPatterns()));
                patterns.addAll(Arrays.asList(servlet.value()));
            }
        }
        return patterns;
    }

    /** The URL patterns of the servlet mappings in {@code web.xml}. */
    public static Set<String> webXmlPatterns(Path webXml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document document = factory.newDocumentBuilder().parse(webXml.toFile());
            Set<String> patterns = new TreeSet<>();
            NodeList mappings = document.getElementsByTagNameNS("*", "servlet-mapping");
            for (int i = 0; i < mappings.getLength(); i++) {
                NodeList urls = ((org.w3c.dom.Element) mappings.item(i)).getElementsByTagNameNS("*", "url-pattern");
                for (int j = 0; j < urls.getLength(); j++) {
                    patterns.add(urls.item(j).getTextContent().strip());
                }
            }
            return patterns;
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read " + webXml, e);
        }
    }

    /** Every page a browser can ask for: each view outside WEB-INF, as a path from the context root. */
    public static Set<String> pages(Path webapp) {
        return views(webapp).stream()
                .filter(view -> !webapp.relativize(view).startsWith("WEB-INF"))
                .map(view -> "/" + webapp.relativize(view).toString().replace('\\', '/'))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Every action a view can invoke ("bean.method"), with the views that name it. */
    public static TreeMap<String, Set<String>> actions(Path webapp) {
        TreeMap<String, Set<String>> actions = new TreeMap<>();
        for (Path view : views(webapp)) {
            Matcher tag = TAG.matcher(read(view));
            while (tag.find()) {
                // A plain HTML tag (no prefix) invokes no method: its action is a URL (the export page's form).
                if (tag.group(1).equals("f:viewAction") || !tag.group(1).contains(":")) {
                    continue;
                }
                Matcher expression = METHOD_EXPRESSION.matcher(tag.group());
                while (expression.find()) {
                    actions.computeIfAbsent(expression.group(1) + "." + expression.group(2), key -> new TreeSet<>())
                            .add(webapp.relativize(view).toString());
                }
            }
        }
        return actions;
    }

    /** Whether a servlet URL pattern (exact, path prefix "/x/*" or extension "*.x") maps the path. */
    public static boolean maps(String pattern, String path) {
        if (pattern.startsWith("*.")) {
            return path.endsWith(pattern.substring(1));
        }
        if (pattern.endsWith("/*")) {
            String prefix = pattern.substring(0, pattern.length() - 2);
            return path.equals(prefix) || path.startsWith(prefix + "/");
        }
        return path.equals(pattern);
    }

    private static Set<Path> views(Path webapp) {
        try (Stream<Path> files = Files.walk(webapp)) {
            return files.filter(file -> file.toString().endsWith(".xhtml")).collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> classNames(Path classes) {
        try (Stream<Path> files = Files.walk(classes)) {
            return files.filter(file -> file.toString().endsWith(".class"))
                    .map(file -> classes.relativize(file).toString().replace('\\', '/'))
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                    .collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path view) {
        try {
            return Files.readString(view);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
