package org.evidencedesk.web.access;

import static org.evidencedesk.web.access.Capacity.CLAIMANT_NAMED;
import static org.evidencedesk.web.access.Capacity.CLERK;
import static org.evidencedesk.web.access.MatrixObjects.DEMO_FACT;
import static org.evidencedesk.web.access.MatrixObjects.TRADE_SECRET_CASE;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evidencedesk.web.access.Attempts.Fresh;
import org.evidencedesk.web.access.Attempts.Post;

/**
 * The burden ledger's actions: proposing a fact, searching one's items and linking and unlinking them, ruling on a
 * shift of the burden.
 */
public final class LedgerProbes {

    private static final Pattern ITEM_LINK = Pattern.compile("item\\.xhtml\\?id=(\\d+)");
    private static final Pattern FACT_STATE = Pattern.compile("id=\"fact-(\\d+)\".*?class=\"ed-fact-state\">\\s*([^<\\s][^<]*)",
            Pattern.DOTALL);
    private static final String SHOWING = "|infringement-reasonably-indicated";

    private final Matrix matrix;
    private final Attempts attempts;
    private final OwnItemSearch search;

    public LedgerProbes(Matrix matrix, Attempts attempts, Answers answers) {
        this.matrix = matrix;
        this.attempts = attempts;
        this.search = new OwnItemSearch(matrix, attempts, answers);
    }

    public void register(Map<String, Probe> probes) {
        long tradeSecret = matrix.objects().id(TRADE_SECRET_CASE);
        long demoFact = matrix.objects().id(DEMO_FACT);
        String ledger = "burden/ledger.xhtml?case=" + tradeSecret;
        probes.put("ACTION ledgerPage.propose a fact in {trade-secret case}", who -> attempts.attempt(who, Post.on(ledger, "propose",
                "submit", tradeSecretFact("Matrix fact proposed by " + who.column())),
                () -> "facts " + factStates(tradeSecret).size()));
        probes.put("ACTION ledgerPage.findItems of one's side to link in {trade-secret case}", who -> search.search(who, ledger,
                new OwnItemSearch.Field("link", "item-search", "link:item-search", "item", "</select>")));
        Callable<String> links = () -> "links " + ITEM_LINK.matcher(matrix.client(CLERK).get(ledger).body()).results().count();
        Fresh unlinked = new Fresh(() -> claimantItem(tradeSecret));
        probes.put("ACTION ledgerPage.link a claimant item to the demo fact of {trade-secret case}", who -> attempts.attemptOn(unlinked,
                who, item -> Post.on(ledger, "link", "submit", Map.of("showing", demoFact + SHOWING, "item", String.valueOf(item))),
                item -> links));
        Fresh linked = new Fresh(() -> linkedSupport(ledger, demoFact, claimantItem(tradeSecret)));
        probes.put("ACTION ledgerPage.unlink a claimant item from the demo fact of {trade-secret case}", who -> attempts.attemptOn(linked,
                who, support -> Post.on(ledger, "unlink", "submit", Map.of("support", String.valueOf(support))), support -> links));
        Fresh open = new Fresh(() -> proposedFact(ledger, tradeSecret));
        probes.put("ACTION ledgerPage.shift the burden of a proposed fact in {trade-secret case}", who -> attempts.attemptOn(open, who,
                fact -> Post.on(ledger, "rule", "shift", Map.of("fact", String.valueOf(fact), "reasons", "The showings are met.")),
                fact -> () -> "fact state " + factStates(tradeSecret).get(fact)));
        probes.put("ACTION ledgerPage.keepBurden of a proposed fact in {trade-secret case}", who -> attempts.attemptOn(open, who,
                fact -> Post.on(ledger, "rule", "keep", Map.of("fact", String.valueOf(fact), "reasons", "The showings are not met.")),
                fact -> () -> "fact state " + factStates(tradeSecret).get(fact)));
    }

    /** The facts of the ledger with their state, as the clerk reads them. */
    private Map<Long, String> factStates(long caseId) throws Exception {
        Matcher fact = FACT_STATE.matcher(matrix.client(CLERK).get("burden/ledger.xhtml?case=" + caseId).body());
        Map<Long, String> states = new LinkedHashMap<>();
        while (fact.find()) {
            states.put(Long.parseLong(fact.group(1)), fact.group(2).strip());
        }
        return states;
    }

    /** A claimant item made for one link. */
    private long claimantItem(long caseId) throws Exception {
        return matrix.desk().upload(matrix.client(CLAIMANT_NAMED), caseId, null, "link.txt", "text/plain",
                ("to link " + System.nanoTime()).getBytes(StandardCharsets.UTF_8), "Matrix item to link", "PARTIES");
    }

    /** Counsel links the item; answers the link's id, from the choices of the unlink form. */
    private long linkedSupport(String ledger, long fact, long item) throws Exception {
        HttpResponse<String> done = DeskPages.post(matrix.client(CLAIMANT_NAMED), ledger, "link", "submit",
                Map.of("showing", fact + SHOWING, "item", String.valueOf(item)));
        DeskPages.require(done.statusCode() == 302, "counsel linking item " + item, done);
        String exhibit = matrix.desk().exhibit(matrix.client(CLERK), item);
        Pattern choice = Pattern.compile("<option value=\"(\\d+)\"[^>]*>#\\d+ · " + Pattern.quote(exhibit) + " ");
        return Long.parseLong(DeskPages.group(choice, matrix.client(CLAIMANT_NAMED).get(ledger).body())
                .orElseThrow(() -> new IllegalStateException("No link of " + exhibit + " to take back")));
    }

    /** Counsel proposes a fact for the judge to rule on; answers its id. */
    private long proposedFact(String ledger, long caseId) throws Exception {
        HttpResponse<String> proposed = DeskPages.post(matrix.client(CLAIMANT_NAMED), ledger, "propose", "submit",
                tradeSecretFact("Matrix fact to rule on " + System.nanoTime()));
        DeskPages.require(proposed.statusCode() == 302, "counsel proposing a fact", proposed);
        List<Long> ids = new ArrayList<>(factStates(caseId).keySet());
        return ids.get(ids.size() - 1);
    }

    /**
     * A trade-secret fact about conduct from 2024 to 2026: the version of the AUCL in force on its last act,
     * 2025 art. 39, is its basis (issue 12, point 13), and the ledger refuses the 2019 art. 32 version for it.
     */
    private static Map<String, String> tradeSecretFact(String statement) {
        return Map.of("statement", statement, "rule", "aucl-39a@1", "conductFrom", "2024-01-01", "conductUntil", "2026-01-31");
    }
}
