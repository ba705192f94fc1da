package org.evidencedesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A visitor's page is stateless by two rules that must agree ({@link StatelessVisitorViews}): the view handler makes a
 * view transient when it is created for a request with no caller, and the page itself says so ({@code f:view
 * transient="#{not currentUser.loggedIn}"}), without which Mojarra refuses to restore a transient view on a post
 * ("Unable to restore view"). Both read the caller principal. Every page says so through one of the two templates.
 */
class StatelessVisitorPagesTest {

    private static final Path WEBAPP = Path.of("webapp");
    private static final List<String> TEMPLATES = List.of("/WEB-INF/templates/plain.xhtml", "/WEB-INF/templates/layout.xhtml");
    private static final Pattern TEMPLATE = Pattern.compile("<ui:composition[^>]*\\btemplate=\"([^\"]+)\"");
    private static final Pattern VIEW = Pattern.compile("<f:view\\b[^>]*>");

    @Test
    void everyPageIsComposedInATemplateThatMakesAVisitorsViewTransient() throws IOException {
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            List<Path> pages = files.filter(file -> file.toString().endsWith(".xhtml"))
                    .filter(file -> !WEBAPP.relativize(file).startsWith("WEB-INF"))
                    .toList();
            assertThat(pages).isNotEmpty();
            for (Path page : pages) {
                Matcher template = TEMPLATE.matcher(read(page));
                assertThat(template.find()).as("%s is composed in a template", page).isTrue();
                assertThat(template.group(1)).as("the template of %s", page).isIn(TEMPLATES);
            }
        }
    }

    @Test
    void eachTemplateMakesTheViewTransientExactlyWhenNobodyIsLoggedIn() {
        for (String template : TEMPLATES) {
            Matcher view = VIEW.matcher(read(WEBAPP.resolve(template.substring(1))));
            assertThat(view.find()).as("%s has an f:view", template).isTrue();
            assertThat(view.group()).as(template).contains("transient=\"#{not currentUser.loggedIn}\"");
            assertThat(view.find()).as("%s has one f:view", template).isFalse();
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
