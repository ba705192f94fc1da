package org.evidencedesk.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evidencedesk.support.CustodyLogReader;
import org.evidencedesk.support.SharedServer;
import org.evidencedesk.support.WebClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An export writes to the case's custody log, so only the export page's POST with the session's token exports:
 * a GET answers 405, a POST without the token, with a wrong one or with another session's answers 403 with a
 * page that says why, and none of them writes anything to the custody log (as the court's export of it shows).
 * Uses the demo case Lianxin v. Quickcart, where "counsel" acts for the claimants.
 */
@ExtendWith(SharedServer.class)
class BundleExportRequestWebIT {

    private static final String PASSWORD = "Demo-Evidence-2026";
    private static final Pattern CASE_LINK = Pattern.compile("view\\.xhtml\\?id=(\\d+)");

    private WebClient counsel;
    private WebClient clerk;
    private long caseId;

    @BeforeEach
    void logIn() throws Exception {
        counsel = loggedIn("counsel");
        clerk = loggedIn("clerk");
        Matcher link = CASE_LINK.matcher(clerk.get("cases/list.xhtml?q=lianxin").body());
        assertThat(link.find()).as("the demo case Lianxin v. Quickcart").isTrue();
        caseId = Long.parseLong(link.group(1));
    }

    @Test
    void aGetAnswersMethodNotAllowedAndWritesNothing() throws Exception {
        List<String> before = custodyLog();

        HttpResponse<String> response = counsel.get(bundle() + "?select=all");

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).hasValue("POST");
        assertThat(response.body()).contains("This address cannot be opened directly").doesNotStartWith("PK");
        assertThat(custodyLog()).isEqualTo(before);
    }

    @Test
    void aPostWithoutTheSessionsTokenIsRefusedWithAPageThatSaysWhyAndWritesNothing() throws Exception {
        String otherSessionsToken = loggedIn("counsel").open(exportPage()).hiddenFields().get("csrf");
        counsel.open(exportPage());
        List<String> before = custodyLog();

        for (Map<String, String> form : List.of(Map.of("select", "all"), Map.of("select", "all", "csrf", ""),
                Map.of("select", "all", "csrf", "forged-token"), Map.of("select", "all", "csrf", otherSessionsToken))) {
            HttpResponse<byte[]> response = counsel.post(bundle(), form);

            assertThat(response.statusCode()).as("%s", form).isEqualTo(403);
            assertThat(new String(response.body(), StandardCharsets.UTF_8)).as("%s", form)
                    .contains("did not carry your session's security token", "Nothing was done");
        }
        assertThat(custodyLog()).isEqualTo(before);
    }

    @Test
    void aSelectionThePageDoesNotSendIsRefusedAndNothingIsExported() throws Exception {
        List<String> before = custodyLog();
        for (Map<String, String> form : List.of(Map.of("select", "nope"), Map.of("select", ""), Map.<String, String>of(),
                Map.of("select", "side", "side", "NOPE"), Map.of("select", "hand", "items", "abc"))) {
            Map<String, String> withToken = new LinkedHashMap<>(form);
            withToken.put("csrf", counsel.open(exportPage()).hiddenFields().get("csrf"));

            HttpResponse<byte[]> response = counsel.post(bundle(), withToken);

            assertThat(response.statusCode()).as("%s", form).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).as("%s", form)
                    .hasValueSatisfying(location -> assertThat(location).endsWith(exportPage() + "&problem=bundle.badSelection"));
        }
        assertThat(custodyLog()).as("no export recorded").isEqualTo(before);
    }

    @Test
    void thePagesFormWithItsTokenExportsAndTheExportIsRecorded() throws Exception {
        WebClient.OpenPage page = counsel.open(exportPage());
        String token = page.hiddenFields().get("csrf");
        assertThat(token).as("the export form's token").isNotBlank();
        assertThat(page.body()).contains("action=\"/" + bundle() + "\"");
        List<String> before = custodyLog();

        HttpResponse<byte[]> response = counsel.post(bundle(), Map.of("select", "all", "csrf", token));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                disposition -> assertThat(disposition).startsWith("attachment").contains("evidence.asice"));
        assertThat(new String(response.body(), 30, 8, StandardCharsets.US_ASCII)).isEqualTo("mimetype");
        List<String> after = new CustodyLogReader(clerk, caseId).onceExportedBy("counsel", before.size());
        assertThat(after).hasSizeGreaterThan(before.size()).startsWith(before.toArray(String[]::new));
        assertThat(after.get(after.size() - 1)).contains("BUNDLE_EXPORTED");
    }

    private String bundle() {
        return "evidence/bundle/" + caseId;
    }

    private String exportPage() {
        return "evidence/export.xhtml?case=" + caseId;
    }

    /** The case's whole custody log, as the court exports it. */
    private List<String> custodyLog() throws Exception {
        HttpResponse<String> log = clerk.get("custody/" + caseId + ".jsonl");
        assertThat(log.statusCode()).isEqualTo(200);
        return log.body().lines().toList();
    }

    private static WebClient loggedIn(String username) throws Exception {
        WebClient client = new WebClient(SharedServer.baseUrl());
        assertThat(client.login(username, PASSWORD).statusCode()).isEqualTo(302);
        return client;
    }
}
