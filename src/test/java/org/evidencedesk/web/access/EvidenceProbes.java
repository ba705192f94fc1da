package org.evidencedesk.web.access;

import static org.evidencedesk.web.access.MatrixObjects.PROTECTIVE_ORDER;
import static org.evidencedesk.web.access.MatrixObjects.RESPONDENT_PARTIES;
import static org.evidencedesk.web.access.MatrixObjects.TRADE_SECRET_CASE;
import static org.evidencedesk.web.access.MatrixObjects.VIEW_ONLY_AFTER;
import static org.evidencedesk.web.access.MatrixObjects.VIEW_ONLY_BEFORE;
import static org.evidencedesk.web.access.MatrixObjects.VIEW_ONLY_THIRD;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Callable;
import org.evidencedesk.web.access.Attempts.Opened;
import org.evidencedesk.web.access.Attempts.Post;

/**
 * The actions on evidence: an upload received, discarded and submitted (to the case, or produced into an order),
 * a ruling on an item, and the undertaking, also posted from one item's page naming another.
 */
public final class EvidenceProbes {

    private final Matrix matrix;
    private final Attempts attempts;

    public EvidenceProbes(Matrix matrix, Attempts attempts) {
        this.matrix = matrix;
        this.attempts = attempts;
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
