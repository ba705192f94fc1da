package org.evidencedesk.web.access;

import static org.evidencedesk.web.access.Capacity.CLAIMANT_NAMED;
import static org.evidencedesk.web.access.MatrixObjects.CLAIMANT_DRAFT;
import static org.evidencedesk.web.access.Capacity.RESPONDENT;
import static org.evidencedesk.web.access.MatrixObjects.TRADE_SECRET_CASE;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.evidencedesk.web.access.Attempts.Fresh;
import org.evidencedesk.web.access.Attempts.Post;

/**
 * The steps of a disclosure request, each tried on a request in the state it starts from (made afresh for each
 * capacity that takes it) and read back as the request's status for claimant counsel, who sees them all; and the
 * application form's search of one's items to offer as preliminary evidence.
 */
public final class DisclosureProbes {

    private static final Pattern OPINION_DUE = Pattern.compile("id=\"opinion-due\">\\s*([^<(]*)");
    private static final Pattern EVIDENCE_SOUGHT = Pattern.compile("id=\"application-text\">\\s*<dt>[^<]*</dt><dd>([^<]*)<");

    private final Matrix matrix;
    private final Attempts attempts;
    private final OwnItemSearch search;

    public DisclosureProbes(Matrix matrix, Attempts attempts, Answers answers) {
        this.matrix = matrix;
        this.attempts = attempts;
        this.search = new OwnItemSearch(matrix, attempts, answers);
    }

    public void register(Map<String, Probe> probes) {
        DeskPages desk = matrix.desk();
        long tradeSecret = matrix.objects().id(TRADE_SECRET_CASE);
        String sought = "Matrix application " + matrix.objects().suffix();
        probes.put("ACTION newRequestPage.saveDraft in {trade-secret case}", who -> apply(who, tradeSecret, "draft",
                sought + " draft " + who.column()));
        probes.put("ACTION newRequestPage.fileNow in {trade-secret case}", who -> apply(who, tradeSecret, "file",
                sought + " filed " + who.column()));
        probes.put("ACTION page.findPreliminary evidence of one's side for an application in {trade-secret case}",
                who -> search.search(who, "disclosure/new.xhtml?case=" + tradeSecret, preliminary("application")));
        long claimantDraft = matrix.objects().id(CLAIMANT_DRAFT);
        probes.put("ACTION page.findPreliminary evidence of one's side for a revision of {claimant draft}",
                who -> search.search(who, request(claimantDraft), preliminary("revise")));

        Fresh draft = new Fresh(() -> desk.apply(CLAIMANT_NAMED, tradeSecret, "Matrix draft to act on " + System.nanoTime(), null, false));
        probes.put("ACTION requestPage.revise a claimant draft", who -> attempts.attemptOn(draft, who, id -> Post.on(request(id),
                "revise", "save", DeskPages.applicationFields("Matrix draft revised by " + who.column())),
                id -> () -> "evidence sought '" + soughtOf(id) + "'"));
        probes.put("ACTION requestPage.file a claimant draft", who -> attempts.attemptOn(draft, who,
                id -> Post.on(request(id), "simple-steps", "file"), this::statusOf));

        Fresh filed = new Fresh(() -> desk.apply(CLAIMANT_NAMED, tradeSecret, "Matrix filed request " + System.nanoTime(), null, true));
        probes.put("ACTION requestPage.withdraw a filed claimant request", who -> attempts.attemptOn(filed, who,
                id -> Post.on(request(id), "simple-steps", "withdraw"), this::statusOf));
        probes.put("ACTION requestPage.recordOpinion on a filed claimant request", who -> attempts.attemptOn(filed, who,
                id -> Post.on(request(id), "opinion-form", "submit", Map.of("text", "The respondent opposes (" + who.column() + ").")),
                this::statusOf));
        Fresh toInvite = new Fresh(() -> desk.apply(CLAIMANT_NAMED, tradeSecret, "Matrix request to hear on " + System.nanoTime(),
                null, true));
        probes.put("ACTION requestPage.inviteOpinion on a filed claimant request", who -> attempts.attemptOn(toInvite, who,
                id -> Post.on(request(id), "invite", "submit", DeskPages.opinionDueFields()), this::opinionDueOf));
        Fresh invited = new Fresh(() -> {
            long id = desk.apply(CLAIMANT_NAMED, tradeSecret, "Matrix request awaiting the opinion " + System.nanoTime(), null, true);
            desk.inviteOpinion(id);
            return id;
        });
        probes.put("ACTION requestPage.openReview of a filed claimant request whose opinion is still due", who -> attempts.attemptOn(
                invited, who, id -> Post.on(request(id), "simple-steps", "openReview"), this::statusOf));

        Fresh underReview = new Fresh(() -> {
            long id = desk.apply(CLAIMANT_NAMED, tradeSecret, "Matrix request under review " + System.nanoTime(), null, true);
            desk.underReview(id);
            return id;
        });
        probes.put("ACTION requestPage.grant a claimant request under review", who -> attempts.attemptOn(underReview, who,
                id -> Post.on(request(id), "grant", "submit", DeskPages.grantFields(false)), this::statusOf));
        probes.put("ACTION requestPage.deny a claimant request under review", who -> attempts.attemptOn(underReview, who,
                id -> Post.on(request(id), "deny", "submit", Map.of("ground", "IMMATERIAL",
                        "reasons", "The material does not bear on the facts in issue.")), this::statusOf));

        Fresh granted = new Fresh(() -> grantedOrder(tradeSecret, false));
        Fresh withProducedItem = new Fresh(() -> grantedOrder(tradeSecret, true));
        probes.put("ACTION requestPage.completeProduction of a granted order with a produced item", who -> attempts.attemptOn(
                withProducedItem, who, id -> Post.on(request(id), "simple-steps", "complete"), this::statusOf));
        probes.put("ACTION requestPage.reportPartial on a granted order", who -> attempts.attemptOn(granted, who,
                id -> Post.on(request(id), "noncompliance", "partial", Map.of("text", "Part of it is lost.")), this::statusOf));
        probes.put("ACTION requestPage.refuse a granted order", who -> attempts.attemptOn(granted, who,
                id -> Post.on(request(id), "noncompliance", "refuse", Map.of("text", "It is our trade secret.")), this::statusOf));

        Fresh produced = new Fresh(() -> {
            long id = grantedOrder(tradeSecret, true);
            HttpResponse<String> completion = DeskPages.post(matrix.client(RESPONDENT), request(id), "simple-steps", "complete",
                    Map.of());
            DeskPages.require(completion.statusCode() == 302, "the respondent completing production under order " + id, completion);
            return id;
        });
        probes.put("ACTION requestPage.challengeProduction of an order the respondent reported produced", who -> attempts.attemptOn(
                produced, who, id -> Post.on(request(id), "challenge-form", "submit", Map.of("ground", "DESTROYED",
                        "reasons", "The logs were wiped after the order (" + who.column() + ").")), this::statusOf));

        Fresh refused = new Fresh(() -> {
            long id = grantedOrder(tradeSecret, false);
            HttpResponse<String> refusal = DeskPages.post(matrix.client(RESPONDENT), request(id), "noncompliance", "refuse",
                    Map.of("text", "It is our trade secret."));
            DeskPages.require(refusal.statusCode() == 302, "the respondent refusing order " + id, refusal);
            return id;
        });
        probes.put("ACTION requestPage.makeFinding on an order the respondent refused", who -> attempts.attemptOn(refused, who,
                id -> Post.on(request(id), "finding", "apply", Map.of("reasons", "The refusal was not justified.")), this::statusOf));
        probes.put("ACTION requestPage.declineFinding on an order the respondent refused", who -> attempts.attemptOn(refused, who,
                id -> Post.on(request(id), "finding", "decline", Map.of("reasons", "The refusal was justified.")), this::statusOf));
    }

    /**
     * A new application, read back as the number of requests with its evidence sought on the clerk's case page and,
     * for counsel, on their own (a draft is listed only on its author's side's page).
     */
    private Observed apply(Capacity who, long caseId, String button, String evidenceSought) throws Exception {
        return attempts.attempt(who, Post.on("disclosure/new.xhtml?case=" + caseId, "application", button,
                DeskPages.applicationFields(evidenceSought)),
                () -> "requests '" + evidenceSought + "': " + matrix.desk().requestsSeeking(who, caseId, evidenceSought));
    }

    /** The application form's search of preliminary evidence, in the form of that id (application-form.xhtml). */
    private static OwnItemSearch.Field preliminary(String form) {
        return new OwnItemSearch.Field(form, "preliminary-search", form + ":preliminary-search " + form + ":preliminary", "preliminary",
                "</table>");
    }

    private static String request(long id) {
        return "disclosure/request.xhtml?id=" + id;
    }

    private Callable<String> statusOf(long requestId) {
        return () -> "status " + matrix.desk().requestStatus(requestId, CLAIMANT_NAMED);
    }

    /** The day set for the other side's opinion, as claimant counsel reads it on the request page. */
    private Callable<String> opinionDueOf(long requestId) {
        return () -> "opinion due " + DeskPages.group(OPINION_DUE, matrix.client(CLAIMANT_NAMED).get(request(requestId)).body())
                .map(String::strip).orElse("?");
    }

    private String soughtOf(long requestId) throws Exception {
        return DeskPages.group(EVIDENCE_SOUGHT, matrix.client(CLAIMANT_NAMED).get(request(requestId)).body()).orElse("?");
    }

    /** A claimant request the judge granted (no protective measures), with an item produced into it if asked. */
    private long grantedOrder(long caseId, boolean withProducedItem) throws Exception {
        DeskPages desk = matrix.desk();
        long id = desk.apply(CLAIMANT_NAMED, caseId, "Matrix order to comply with " + System.nanoTime(), null, true);
        desk.underReview(id);
        desk.grant(id, false);
        if (withProducedItem) {
            desk.upload(matrix.client(RESPONDENT), caseId, id, "produced.txt", "text/plain",
                    ("produced " + System.nanoTime()).getBytes(StandardCharsets.UTF_8), "Matrix produced item", "PARTIES");
        }
        return id;
    }
}
