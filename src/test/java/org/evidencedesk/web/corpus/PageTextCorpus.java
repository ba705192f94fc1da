package org.evidencedesk.web.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evidencedesk.support.SharedServer;
import org.evidencedesk.support.WebClient;
import org.evidencedesk.web.access.DeskPages;

/**
 * Hostile text typed into pages: markup, expression language and message-format patterns in the case filing's
 * fields come back escaped and unevaluated (the filing is refused for a missing field, so nothing is saved);
 * an over-length title is refused with its message; search strings with SQL wildcards and quotes give a normal
 * result page.
 */
final class PageTextCorpus implements CorpusSection {

    private static final String PASSWORD = "Demo-Evidence-2026";
    private static final Pattern VIEW_STATE = Pattern.compile("<input type=\"hidden\" name=\"jakarta.faces.ViewState\"[^>]*>");
    private static final Pattern COURT = Pattern.compile("<option value=\"(\\d+)\"[^>]*>[^<]*Beijing Intellectual");

    @Override
    public String title() {
        return "Text fields and search strings";
    }

    @Override
    public List<BadInput> inputs() {
        List<BadInput> inputs = new ArrayList<>();
        inputs.add(new BadInput("<script>alert(1)</script> as a filing's title and claims",
                "shown back escaped (&lt;script&gt;), never as markup; the filing is refused and nothing saved",
                () -> assertShownInert("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;")));
        inputs.add(new BadInput("#{7*7} as a filing's title and claims",
                "shown back as typed, never evaluated to 49; nothing saved",
                () -> assertShownInert("#{7*7} ${7*7}", "#{7*7} ${7*7}")));
        inputs.add(new BadInput("{0}' as a filing's title and claims",
                "shown back as typed (no message-format error); nothing saved",
                () -> assertShownInert("{0}' {1,number}", "{0}")));
        inputs.add(new BadInput("a 10,000-character title on an otherwise complete filing",
                "refused with the page's message (at most 300 characters); nothing saved", PageTextCorpus::overLengthTitle));
        for (String search : List.of("%", "_", "\\", "' or 1=1--", "%' OR '1'='1", "\u0000")) {
            inputs.add(new BadInput("case list search " + search.replace("\u0000", "NUL"),
                    "a normal result page (200, the search box holds the string), no error trace",
                    () -> assertNormalSearch(search)));
        }
        return inputs;
    }

    private static void assertShownInert(String hostile, String expectedOnPage) throws Exception {
        long casesBefore = count("dispute_case");
        WebClient counsel = loggedIn("counsel");
        Map<String, String> form = DeskPages.caseForm(hostile, court(counsel));
        form.put("claims", hostile);
        form.put("relief", "");
        HttpResponse<String> answer = counsel.submitForm(counsel.open("cases/new.xhtml"), "filing", "submit", form);

        assertThat(answer.statusCode()).isEqualTo(200);
        // The view state's hidden inputs go first: their value is a random number, which may begin with 49.
        String page = VIEW_STATE.matcher(answer.body()).replaceAll("");
        assertThat(page).contains(expectedOnPage).doesNotContain("<script>alert(1)")
                .doesNotContain("value=\"49").doesNotContain(">49<").doesNotContain("Something went wrong");
        assertThat(count("dispute_case")).isEqualTo(casesBefore);
    }

    private static void overLengthTitle() throws Exception {
        long casesBefore = count("dispute_case");
        WebClient counsel = loggedIn("counsel");
        HttpResponse<String> answer = counsel.submitForm(counsel.open("cases/new.xhtml"), "filing", "submit",
                DeskPages.caseForm("T".repeat(10_000), court(counsel)));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("ui-messages-error").doesNotContain("Something went wrong");
        assertThat(count("dispute_case")).isEqualTo(casesBefore);
    }

    private static void assertNormalSearch(String search) throws Exception {
        HttpResponse<String> answer = loggedIn("clerk").get("cases/list.xhtml?q="
                + java.net.URLEncoder.encode(search, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("id=\"filters:search\"").doesNotContain("Something went wrong");
    }

    private static String court(WebClient counsel) throws Exception {
        Matcher option = COURT.matcher(counsel.get("cases/new.xhtml").body());
        assertThat(option.find()).as("the demo court").isTrue();
        return option.group(1);
    }

    private static long count(String table) throws Exception {
        try (Connection database = SharedServer.openDatabase();
             ResultSet rows = database.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static WebClient loggedIn(String username) throws Exception {
        WebClient client = new WebClient(SharedServer.baseUrl());
        assertThat(client.login(username, PASSWORD).statusCode()).as("login of %s", username).isEqualTo(302);
        return client;
    }
}
