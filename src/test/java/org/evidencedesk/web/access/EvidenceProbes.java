package org.evidencedesk.web.access;

import static org.evidencedesk.web.access.MatrixObjects.CLAIMANT_PARTIES;
import static org.evidencedesk.web.access.MatrixObjects.PROTECTIVE_ORDER;
import static org.evidencedesk.web.access.MatrixObjects.RESPONDENT_PARTIES;
import static org.evidencedesk.web.access.MatrixObjects.TRADE_SECRET_CASE;
import static org.evidencedesk.web.access.MatrixObjects.VIEW_ONLY_AFTER;
import static org.evidencedesk.web.access.MatrixObjects.VIEW_ONLY_BEFORE;
import static org.evidencedesk.web.access.MatrixObjects.VIEW_ONLY_THIRD;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.evidencedesk.support.WebClient.OpenPage;
import org.evidencedesk.web.access.Attempts.Opened;
import org.evidencedesk.web.access.Attempts.Post;

/**
 * The actions on evidence: an upload received, discarded and submitted (to the case, or produced into an order),
 * a ruling on an item, the undertaking, also posted from one item's page naming another, and the export page's
 * choice of items (all of them, or none).
 */
public final class EvidenceProbes {

    /** The export page's one field for the servlet: the chosen ids, separated by commas. */
    private static final Pattern CHOSEN_IDS = Pattern.compile("value=\"([\\d,]*)\" id=\"chosen-ids\"");

    private final Matrix matrix;
    private final Attempts attempts;
    private final Answers answers;

    public EvidenceProbes(Matrix matrix, Attempts attempts, Answers answers) {
        this.matrix = matrix;
        this.attempts = attempts;
        this.answers = answers;
    }

    private enum Stage { RECEIVE, DISCARD, SUBMIT }

    public void register(Map<String, Probe> probes) {
        MatrixObjects objects = matrix.objects();
        DeskPages desk = matrix.desk();
        long tradeSecret = objects.id(TRADE_SECRET_CASE);
        long order = objects.id(PROTECTIVE_ORDER);
        probes.put("ACTION uploadPage.handleUpload a file for {trade-secret case}", who -> upload(who, tradeSecret, null, Stage.RECEIVE));
        probes.put("ACTION uploadPage.discard a pending file of {trade-secret case}", who -> upload(who, tradeSecret, null, Stage.DISCARD));
        probes.put("ACTION uploadPage.submit evidence to {trade-secret case}", who -> upload(who, tradeSecret, null, Stage.SUBMIT));
        probes.put("ACTION uploadPage.submit evidence produced into {order protecting the item before the undertaking}",
                who -> upload(who, tradeSecret, order, Stage.SUBMIT));
        long parties = objects.id(RESPONDENT_PARTIES);
        probes.put("ACTION itemPage.rule on {respondent parties item}", who -> {
            String ruling = desk.itemStatus(parties).equals("Admitted") ? "CHALLENGED" : "ADMITTED";
            return attempts.attempt(who, Post.on("evidence/item.xhtml?id=" + parties, "ruling", "submit",
                    Map.of("status_input", ruling, "reason", "Ruled by " + who.column() + " in the access matrix.")),
                    () -> "status " + desk.itemStatus(parties));
        });
        long after = objects.id(VIEW_ONLY_AFTER);
        probes.put("ACTION itemPage.acceptUndertaking for {view-only item after the undertaking}", who -> who == Capacity.CLAIMANT_NAMED
                ? matrix.undertaking()
                : attempts.attempt(who, Post.on("evidence/item.xhtml?id=" + after, "accept", "submit", Map.of("agree_input", "on")),
                        () -> "undertakings " + desk.custodyEntries(tradeSecret, "UNDERTAKING_ACCEPTED", after)));
        long before = objects.id(VIEW_ONLY_BEFORE);
        long third = objects.id(VIEW_ONLY_THIRD);
        probes.put("ACTION itemPage.acceptUndertaking posted from the page of {view-only item before the undertaking} naming "
                + "{view-only item of a third order}", who -> attempts.attempt(who, new Post("evidence/item.xhtml?id=" + before,
                        "evidence/item.xhtml?id=" + third, "accept", "submit", Map.of("agree_input", "on")),
                () -> "undertakings for the third item " + desk.custodyEntries(tradeSecret, "UNDERTAKING_ACCEPTED", third)));
        probes.put("ACTION exportPage.chooseAll items of {trade-secret case} for a bundle", who -> choose(who, tradeSecret, false));
        probes.put("ACTION exportPage.clearChoice of items of {trade-secret case}", who -> choose(who, tradeSecret, true));
    }

    /**
     * The export page keeps the choice in its view and hands it to the servlet in one field: "choose all" fills it
     * with every item the capacity may take a copy of, and nothing else; "clear" (tried after "choose all") empties it.
     */
    private Observed choose(Capacity who, long caseId, boolean thenClear) throws Exception {
        Opened opened = attempts.open(who, Post.on("evidence/export.xhtml?case=" + caseId, "choose", "items:choose-all"));
        if (!opened.isOpen()) {
            return opened.answer();
        }
        OpenPage page = opened.page();
        HttpResponse<String> all = press(who, page, "choose-all");
        List<Long> chosen = chosen(all.body());
        List<String> leaks = answers.leaks(who, all.body());
        if (!leaks.isEmpty()) {
            return Observed.unexpected("the list betrays to " + who.column() + ": " + String.join("; ", leaks));
        }
        List<Long> notTheirs = chosen.stream().filter(answers.mayNotCopy(who)::contains).toList();
        if (!notTheirs.isEmpty()) {
            return Observed.unexpected("chooses items " + who.column() + " may not take a copy of: " + notTheirs);
        }
        long everyonesItem = matrix.objects().item(CLAIMANT_PARTIES).id();
        if (!chosen.isEmpty() && !chosen.contains(everyonesItem)) {
            return Observed.unexpected("chooses " + chosen.size() + " items, not the claimant's parties item " + everyonesItem);
        }
        if (!thenClear) {
            return Attempts.judged(all, "chosen " + chosen(page.body()).size(), "chosen " + chosen.size());
        }
        HttpResponse<String> cleared = press(who, page, "clear-choice");
        return Attempts.judged(cleared, "chosen " + chosen.size(), "chosen " + chosen(cleared.body()).size());
    }

    /** A button of the export table's header, as its ajax sends it: the table's first page and the choice come back. */
    private HttpResponse<String> press(Capacity who, OpenPage page, String button) throws Exception {
        String id = "choose:items:" + button;
        return matrix.client(who).submitAjax(page, "choose", id, id, "choose:items chosen", Map.of());
    }

    private static List<Long> chosen(String text) {
        return DeskPages.group(CHOSEN_IDS, text).filter(ids -> !ids.isEmpty())
                .map(ids -> Arrays.stream(ids.split(",")).map(Long::valueOf).toList()).orElse(List.of());
    }

    /**
     * The upload page: the file goes to the store first (the listener), then is discarded or submitted. Received is
     * read back as the pending file the page shows; submitted as a new item on the clerk's case page (or on the
     * order's page, for a production).
     */
    private Observed upload(Capacity who, long caseId, Long order, Stage stage) throws Exception {
        Callable<String> items = () -> "items " + (order == null ? matrix.desk().items(matrix.client(Capacity.CLERK), caseId).size()
                : matrix.desk().producedInto(order));
        String before = items.call();
        Opened opened = attempts.open(who, Post.on("evidence/upload.xhtml?case=" + caseId + (order == null ? "" : "&order=" + order),
                "describe", "submit"));
        if (!opened.isOpen()) {
            return opened.answer();
        }
        String label = "matrix upload by " + who.column() + " " + System.nanoTime();
        HttpResponse<String> received = matrix.client(who).upload(opened.page(), "upload:files", "describe messages", "upload.txt",
                "text/plain", label.getBytes(StandardCharsets.UTF_8));
        boolean pending = received.body().contains("ed-pending");
        if (stage == Stage.RECEIVE) {
            return pending ? Observed.as(Outcome.DONE, "the file is received, pending its description")
                    : Observed.as(Outcome.REFUSED, "the file is not received: " + DeskPages.message(received.body()));
        }
        if (!pending) {
            return Observed.as(Outcome.REFUSED, "no file was received: " + DeskPages.message(received.body()));
        }
        if (stage == Stage.DISCARD) {
            HttpResponse<String> discarded = matrix.client(who).submitAjax(opened.page(), "describe", "describe:items:0:discard",
                    "describe:items:0:discard", "describe", Map.of());
            return discarded.body().contains("ed-pending") ? Observed.as(Outcome.REFUSED, "the file is still pending")
                    : Observed.as(Outcome.DONE, "the pending file is gone");
        }
        HttpResponse<String> submitted = matrix.client(who).submitForm(opened.page(), "describe", "submit", Map.of(
                "items:0:title", label, "items:0:fact", "Tried by the access matrix.", "items:0:confidentiality_input", "PARTIES"));
        return Attempts.judged(submitted, before, items.call());
    }
}
