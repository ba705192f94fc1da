package org.evidencedesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.evidencedesk.support.Browser;
import org.evidencedesk.support.SharedServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * One shell on every page, in a real browser and in both languages: the side menu keeps one width whatever the
 * page holds (it used to yield to a wide page, by about 55 px between the case page and the item page), Log out
 * reads as a control one can press (it used to be grey on the dark top bar, like a disabled one), and the public
 * verifier's file choosers and buttons are the same controls as the upload page's. Each page is saved as
 * target/screenshots/shell-PAGE-LANG.png for a reviewer to look at.
 */
@ExtendWith(SharedServer.class)
class ShellBrowserIT {

    private static final String PASSWORD = "Demo-Evidence-2026";
    private static final List<String> LANGUAGES = List.of("en-US", "zh-CN");
    private static final Map<String, String> CHOOSE = Map.of("en", "Choose file", "zh", "选择文件");

    private static long caseId;
    private static long itemId;
    private static long requestId;

    @BeforeAll
    static void findDemoCase() throws SQLException {
        try (Connection database = SharedServer.openDatabase()) {
            caseId = id(database, "SELECT id FROM dispute_case WHERE title LIKE 'Lianxin v. Quickcart%'");
            itemId = id(database, "SELECT id FROM evidence_item WHERE case_id = " + caseId + " AND exhibit_number = 'P-001'");
            requestId = id(database, "SELECT MIN(id) FROM disclosure_request WHERE case_id = " + caseId
                    + " AND created_by = 'counsel'");
        }
    }

    @Test
    void everyPageHasTheSameMenuAnActiveLogOutAndTheSameControls() throws Exception {
        Map<String, Double> menuWidths = new LinkedHashMap<>();
        SoftAssertions softly = new SoftAssertions();
        for (String language : LANGUAGES) {
            String lang = language.substring(0, 2);
            try (Browser visitor = new Browser(SharedServer.baseUrl(), language)) {
                visit(visitor, "verify.xhtml", "[id='bundleForm']", "verify-anonymous-" + lang, menuWidths, softly);
                softly.assertThat(visitor.driver().findElements(By.id("session:logout")))
                        .as("no Log out for a visitor who has not logged in").isEmpty();
                softly.assertThat(visitor.driver().findElements(By.cssSelector("nav.ed-menu a[href*='login.xhtml']")))
                        .as("the visitor's menu leads to the login page").isNotEmpty();
                checkVerifierControls(visitor, "verify-anonymous-" + lang, lang, softly);
            }
            try (Browser counsel = new Browser(SharedServer.baseUrl(), language)) {
                counsel.login("counsel", PASSWORD);
                visit(counsel, "home.xhtml", "#welcome", "home-" + lang, menuWidths, softly);
                checkLogOut(counsel, "home-" + lang, softly);
                visit(counsel, "cases/list.xhtml", "[id='filters']", "cases-" + lang, menuWidths, softly);
                visit(counsel, "cases/view.xhtml?id=" + caseId, "#case-title", "case-" + lang, menuWidths, softly);
                visit(counsel, "evidence/item.xhtml?id=" + itemId, "#item-title", "item-" + lang, menuWidths, softly);
                visit(counsel, "evidence/upload.xhtml?case=" + caseId, "[id='upload']", "upload-" + lang, menuWidths, softly);
                Map<String, Object> choose = style(counsel, ".ui-fileupload-choose");
                visit(counsel, "evidence/export.xhtml?case=" + caseId, "#export", "export-" + lang, menuWidths, softly);
                softly.assertThat(number(style(counsel, "#download"), "height"))
                        .as("export's plain button beside upload's Choose (%s)", lang).isCloseTo(number(choose, "height"), within(1.0));
                visit(counsel, "disclosure/request.xhtml?id=" + requestId, "#request-status", "request-" + lang, menuWidths, softly);
                checkLogOut(counsel, "request-" + lang, softly);
                visit(counsel, "verify.xhtml", "[id='bundleForm']", "verify-counsel-" + lang, menuWidths, softly);
                checkLogOut(counsel, "verify-counsel-" + lang, softly);
                checkVerifierControls(counsel, "verify-counsel-" + lang, lang, softly);
                Map<String, Object> verifyButton = style(counsel, "[id='bundleForm:verifyBundle']");
                softly.assertThat(number(verifyButton, "height")).as("verify button height beside upload's Choose (%s)", lang)
                        .isCloseTo(number(choose, "height"), within(1.0));
                softly.assertThat(verifyButton.get("fontSize")).as("verify button font size (%s)", lang)
                        .isEqualTo(choose.get("fontSize"));
                softly.assertThat(verifyButton.get("backgroundColor")).as("verify button colour (%s)", lang)
                        .isEqualTo(choose.get("backgroundColor"));
            }
            try (Browser admin = new Browser(SharedServer.baseUrl(), language)) {
                admin.login("admin", SharedServer.ADMIN_PASSWORD);
                visit(admin, "admin/users.xhtml", "[id='create']", "admin-users-" + lang, menuWidths, softly);
                visit(admin, "admin/rules.xhtml", "[id='rules']", "admin-rules-" + lang, menuWidths, softly);
                checkLogOut(admin, "admin-rules-" + lang, softly);
            }
        }
        System.out.println("Side menu widths: " + menuWidths);
        double narrowest = menuWidths.values().stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double widest = menuWidths.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        softly.assertThat(widest - narrowest).as("side menu widths %s", menuWidths).isLessThanOrEqualTo(1.0);
        softly.assertAll();
    }

    /**
     * Opens a page, waits for an element only that page has (so an error page does not pass for it), measures its
     * side menu and saves its screenshot.
     */
    private static void visit(Browser browser, String path, String shown, String page, Map<String, Double> menuWidths,
                              SoftAssertions softly) {
        browser.open(path);
        browser.find(By.cssSelector(shown));
        browser.screenshot("shell-" + page);
        if (browser.driver().findElements(By.cssSelector("nav.ed-menu")).isEmpty()) {
            softly.fail("no side menu on " + page);
        } else {
            menuWidths.put(page, number(style(browser, "nav.ed-menu"), "width"));
        }
    }

    /** Log out looks like the top bar's other controls: opaque, the hand cursor, legible on the bar. */
    private static void checkLogOut(Browser browser, String page, SoftAssertions softly) {
        if (browser.driver().findElements(By.id("session:logout")).isEmpty()) {
            softly.fail("no Log out on " + page);
            return;
        }
        Map<String, Object> logOut = style(browser, "[id='session:logout']");
        Map<String, Object> bar = style(browser, "header.ed-topbar");
        Map<String, Object> brand = style(browser, "header.ed-topbar .ed-brand");
        softly.assertThat(logOut.get("opacity")).as("Log out opacity on %s", page).isEqualTo("1");
        softly.assertThat(logOut.get("cursor")).as("Log out cursor on %s", page).isEqualTo("pointer");
        softly.assertThat(logOut.get("disabled")).as("Log out disabled on %s", page).isEqualTo(false);
        softly.assertThat(logOut.get("color")).as("Log out colour on %s, beside the brand's", page).isEqualTo(brand.get("color"));
        softly.assertThat(contrast((String) logOut.get("color"), (String) bar.get("backgroundColor")))
                .as("Log out contrast with the top bar on %s", page).isGreaterThanOrEqualTo(4.5);
    }

    /**
     * The verifier's file choosers and buttons are the application's buttons, not the browser's bare ones, and say
     * what they do in the page's language (the browser's own chooser speaks the browser's).
     */
    private static void checkVerifierControls(Browser browser, String page, String lang, SoftAssertions softly)
            throws IOException {
        Map<String, Object> button = style(browser, "[id='bundleForm:verifyBundle']");
        softly.assertThat(button.get("backgroundColor")).as("verify button colour on %s", page).isEqualTo("rgb(33, 150, 243)");
        softly.assertThat(number(button, "height")).as("verify button height on %s", page).isGreaterThanOrEqualTo(36.0);
        for (String input : List.of("bundleForm:bundle", "fileForm:file", "fileForm:proof")) {
            if (browser.driver().findElements(By.cssSelector(".ed-file label[for='" + input + "']")).isEmpty()) {
                softly.fail("no chooser button for " + input + " on " + page);
                continue;
            }
            Map<String, Object> chooser = style(browser, ".ed-file label[for='" + input + "']");
            softly.assertThat(chooser.get("text")).as("%s chooser on %s", input, page).isEqualTo(CHOOSE.get(lang));
            softly.assertThat(chooser.get("backgroundColor")).as("%s chooser colour on %s", input, page)
                    .isEqualTo(button.get("backgroundColor"));
            softly.assertThat(chooser.get("color")).as("%s chooser text colour on %s", input, page).isEqualTo(button.get("color"));
            softly.assertThat(chooser.get("cursor")).as("%s chooser cursor on %s", input, page).isEqualTo("pointer");
            softly.assertThat(number(chooser, "height")).as("%s chooser height on %s", input, page)
                    .isCloseTo(number(button, "height"), within(1.0));
        }
        Path file = Files.writeString(Files.createTempDirectory("shell").resolve("bundle-" + lang + ".asice"), "not a bundle");
        browser.driver().findElement(By.id("bundleForm:bundle")).sendKeys(file.toString());
        softly.assertThat(browser.find(By.cssSelector("[id='bundleForm'] .ed-file-name")).getText())
                .as("the chosen file's name on %s", page).isEqualTo(file.getFileName().toString());
    }

    private static Map<String, Object> style(Browser browser, String selector) {
        return style(browser, selector, null);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> style(Browser browser, String selector, String pseudoElement) {
        browser.find(By.cssSelector(selector));
        return (Map<String, Object>) ((JavascriptExecutor) browser.driver()).executeScript(
                "var element = document.querySelector(arguments[0]);"
                        + "var style = getComputedStyle(element, arguments[1]);"
                        + "var box = element.getBoundingClientRect();"
                        + "return {width: box.width, height: box.height, opacity: style.opacity, cursor: style.cursor,"
                        + " color: style.color, backgroundColor: style.backgroundColor, fontSize: style.fontSize,"
                        + " disabled: !!element.disabled, text: element.innerText.trim()};",
                selector, pseudoElement);
    }

    private static double number(Map<String, Object> style, String key) {
        return ((Number) style.get(key)).doubleValue();
    }

    /** WCAG's contrast ratio of two opaque rgb() colours. */
    static double contrast(String foreground, String background) {
        double a = luminance(foreground);
        double b = luminance(background);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    private static double luminance(String rgb) {
        String[] parts = rgb.replaceAll("[^0-9.,]", "").split(",");
        double[] channels = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = Double.parseDouble(parts[i]) / 255;
            channels[i] = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
    }

    private static long id(Connection database, String query) throws SQLException {
        try (PreparedStatement statement = database.prepareStatement(query); ResultSet rows = statement.executeQuery()) {
            assertThat(rows.next()).as(query).isTrue();
            long id = rows.getLong(1);
            assertThat(id).as(query).isPositive();
            return id;
        }
    }
}
