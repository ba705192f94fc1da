package org.evidencedesk.web.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evidencedesk.support.SharedServer;
import org.evidencedesk.support.WebClient;

/**
 * Ids that cannot name a record, in every view parameter and path segment that names one: each answers 404 with
 * the not-found page, as a record that does not exist does, never a 500 or an error trace under data/. The
 * users are ones who may open each page for a real id (the first probe shows that), so the 404 is the id's.
 */
final class IdCorpus implements CorpusSection {

    private static final String PASSWORD = "Demo-Evidence-2026";
    private static final List<String> BAD_IDS = List.of("abc", "-1", "0", "12345678901234567890");
    /** Pages and servlets, {id} where the id goes, and who may open them. */
    private static final List<String[]> ADDRESSES = List.of(
            new String[] {"cases/view.xhtml?id={id}", "judge"},
            new String[] {"cases/edit.xhtml?id={id}", "clerk"},
            new String[] {"evidence/item.xhtml?id={id}", "judge"},
            new String[] {"evidence/upload.xhtml?case={id}", "counsel"},
            new String[] {"evidence/upload.xhtml?case={case}&order={id}", "counsel"},
            new String[] {"evidence/export.xhtml?case={id}", "judge"},
            new String[] {"burden/ledger.xhtml?case={id}", "judge"},
            new String[] {"disclosure/new.xhtml?case={id}", "counsel"},
            new String[] {"disclosure/request.xhtml?id={id}", "judge"},
            new String[] {"admin/user.xhtml?id={id}", "demo-admin"},
            new String[] {"evidence/download/content/{id}", "judge"},
            new String[] {"evidence/download/receipt.json/{id}", "judge"},
            new String[] {"evidence/view/{id}/page/1", "judge"},
            new String[] {"rulings/{id}.pdf", "judge"},
            new String[] {"custody/{id}.jsonl", "clerk"});
    private static final Pattern CASE_LINK = Pattern.compile("view\\.xhtml\\?id=(\\d+)");

    @Override
    public String title() {
        return "Ids in addresses";
    }

    @Override
    public List<BadInput> inputs() {
        List<BadInput> inputs = new ArrayList<>();
        inputs.add(new BadInput("a real case id on the case page, as the judge", "200: the page opens (the control)",
                () -> assertThat(client("judge").get("cases/view.xhtml?id=" + demoCase()).statusCode()).isEqualTo(200)));
        for (String[] address : ADDRESSES) {
            for (String id : BAD_IDS) {
                inputs.add(new BadInput(address[0].replace("{id}", id) + " as " + address[1],
                        "404 and the not-found page; no error trace", () -> assertNotFound(address[0], id, address[1])));
            }
        }
        return inputs;
    }

    private static void assertNotFound(String address, String id, String username) throws Exception {
        long tracesBefore = SharedServer.errorTraces();
        String path = address.replace("{case}", String.valueOf(demoCase())).replace("{id}", id);
        HttpResponse<String> answer = client(username).get(path);
        assertThat(answer.statusCode()).as("%s answered:\n%s", path, answer.body()).isEqualTo(404);
        assertThat(answer.body()).contains("There is nothing at this address");
        assertThat(SharedServer.errorTraces()).as("error traces").isEqualTo(tracesBefore);
    }

    private static long demoCase() throws Exception {
        Matcher link = CASE_LINK.matcher(client("judge").get("cases/list.xhtml?q=pricewise").body());
        assertThat(link.find()).as("the demo case Pricewise").isTrue();
        return Long.parseLong(link.group(1));
    }

    private static final java.util.Map<String, WebClient> CLIENTS = new java.util.concurrent.ConcurrentHashMap<>();

    /** One logged-in client per user for the whole section: logins are rate-limited and slow. */
    private static WebClient client(String username) throws Exception {
        WebClient client = CLIENTS.get(username);
        if (client == null) {
            client = new WebClient(SharedServer.baseUrl());
            assertThat(client.login(username, PASSWORD).statusCode()).as("login of %s", username).isEqualTo(302);
            CLIENTS.put(username, client);
        }
        return client;
    }
}
