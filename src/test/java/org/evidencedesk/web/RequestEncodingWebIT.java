package org.evidencedesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import org.evidencedesk.support.SharedServer;
import org.evidencedesk.support.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Chinese text typed into a form reaches the application as typed. A browser posts a form URL-encoded in the page's
 * UTF-8 without naming a charset (only PrimeFaces' ajax names one), and {@link WebClient#submit} posts it the same
 * way; the server read such posts as ISO-8859-1 and logged a warning for every page a logged-in user opened.
 */
@ExtendWith(SharedServer.class)
class RequestEncodingWebIT {

    private static final String DEMO_PASSWORD = "Demo-Evidence-2026";
    private static final String WARNING = "Unable to set request character encoding";

    @Test
    void aLoginPostedWithoutACharsetKeepsAChineseUsername() throws Exception {
        WebClient visitor = new WebClient(SharedServer.baseUrl());

        HttpResponse<String> page = visitor.login("张律师", "not-the-password-at-all");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("value=\"张律师\"");
    }

    @Test
    void anErrorPageForALoggedInUserLogsNoEncodingWarning() throws Exception {
        WebClient counsel = new WebClient(SharedServer.baseUrl());
        counsel.login("counsel", DEMO_PASSWORD);
        int logBefore = SharedServer.log().length();

        assertThat(counsel.get("no-such-page.xhtml").statusCode()).isEqualTo(404);

        assertThat(SharedServer.log().substring(logBefore)).doesNotContain(WARNING);
    }

    @Test
    void aFormPostedWithoutACharsetStoresChineseTextAsTypedAndLogsNoEncodingWarning() throws Exception {
        int logBefore = SharedServer.log().length();
        WebClient counsel = new WebClient(SharedServer.baseUrl());
        counsel.login("counsel", DEMO_PASSWORD);
        String name = "证据上传令牌 " + Long.toHexString(System.nanoTime());

        counsel.submit("account.xhtml", "tokens", "create",
                Map.of("name", name, "scopes", "READ", "lastDay", LocalDate.now().plusDays(30).toString()));

        assertThat(counsel.get("account.xhtml").body()).contains(name);
        assertThat(SharedServer.log().substring(logBefore)).doesNotContain(WARNING);
    }
}
