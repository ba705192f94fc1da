package org.evidencedesk.dispute;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evidencedesk.support.SharedServer;
import org.evidencedesk.support.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Over HTTP, on the demo cases: a case's URL opens for its members and its court, and answers 404 for
 * anyone else, exactly as for a case that does not exist; lists show only visible cases.
 */
@ExtendWith(SharedServer.class)
class CaseAccessWebIT {

    private static final String PASSWORD = "Demo-Evidence-2026";
    private static final Pattern CASE_LINK = Pattern.compile("cases/view\\.xhtml\\?id=(\\d+)\"[^>]*>([^<]*)</a>");

    @Test
    void respondentCounselOpensOnlyTheCasesTheyAreOn() throws Exception {
        long pricing = caseIdTitled("Pricewise");
        long tradeSecret = caseIdTitled("Lianxin");
        WebClient defence = loggedIn("defence");

        assertThat(defence.get("cases/view.xhtml?id=" + tradeSecret).statusCode()).isEqualTo(200);
        HttpResponse<String> other = defence.get("cases/view.xhtml?id=" + pricing);
        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(other.body()).contains("Not found").doesNotContain("Pricewise");
        assertThat(defence.get("cases/view.xhtml?id=999999").statusCode()).isEqualTo(404);
        assertThat(defence.get("cases/edit.xhtml?id=" + pricing).statusCode()).isEqualTo(404);
        assertThat(SharedServer.log()).contains("asked for case " + pricing + ", which they may not see");
    }

    @Test
    void theListShowsOnlyVisibleCases() throws Exception {
        String defenceList = loggedIn("defence").get("cases/list.xhtml").body();
        String clerkList = loggedIn("clerk").get("cases/list.xhtml").body();

        assertThat(defenceList).contains("Lianxin").doesNotContain("Pricewise");
        assertThat(clerkList).contains("Lianxin", "Pricewise", "Zhisou", "Mingjing");
    }

    @Test
    void searchFindsCasesByPartyName() throws Exception {
        String found = loggedIn("clerk").get("cases/list.xhtml?q=quickcart").body();

        assertThat(found).contains("Lianxin").doesNotContain("Pricewise");
    }

    @Test
    void counselCannotReachAdministrationOrAnotherSidesSteps() throws Exception {
        WebClient counsel = loggedIn("counsel");
        String page = counsel.get("cases/view.xhtml?id=" + caseIdTitled("Pricewise")).body();

        assertThat(page).contains("Withdraw the filing").doesNotContain("Accept the case");
    }

    private static long caseIdTitled(String titleWord) throws Exception {
        String list = loggedIn("clerk").get("cases/list.xhtml?q=" + titleWord.toLowerCase()).body();
        Matcher link = CASE_LINK.matcher(list);
        while (link.find()) {
            return Long.parseLong(link.group(1));
        }
        throw new AssertionError("No case titled " + titleWord + " in the clerk's list:\n" + list);
    }

    private static WebClient loggedIn(String username) throws Exception {
        WebClient client = new WebClient(SharedServer.baseUrl());
        assertThat(client.login(username, PASSWORD).statusCode()).as("login of " + username).isEqualTo(302);
        return client;
    }
}
