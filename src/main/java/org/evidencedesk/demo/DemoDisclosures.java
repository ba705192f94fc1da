package org.evidencedesk.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.evidencedesk.burden.BurdenLedger;
import org.evidencedesk.burden.FactInIssue;
import org.evidencedesk.disclosure.DeadlineWatch;
import org.evidencedesk.disclosure.DisclosureApplication;
import org.evidencedesk.disclosure.DisclosureRequest;
import org.evidencedesk.disclosure.DisclosureRequests;
import org.evidencedesk.disclosure.DisclosureWorkflow;
import org.evidencedesk.disclosure.OrderTerms;
import org.evidencedesk.dispute.DeadlinePlanner;
import org.evidencedesk.dispute.Side;
import org.evidencedesk.evidence.CollectionRecord;
import org.evidencedesk.evidence.Confidentiality;
import org.evidencedesk.evidence.ContentDigest;
import org.evidencedesk.evidence.EvidenceIntake;
import org.evidencedesk.evidence.EvidenceItem;
import org.evidencedesk.evidence.EvidenceMetadata;

/**
 * The demo's disclosure story in the trade-secret case: the claimant's preliminary evidence and a fact in
 * issue under AUCL art. 32(a), and three requests: one pending (the other side invited to give its opinion by a
 * day the clerk set), one granted with a running deadline and
 * protective measures, one whose deadline has lapsed and which waits for the judge's decision on a presumption.
 */
@ApplicationScoped
public class DemoDisclosures {

    private static final Logger LOG = Logger.getLogger(DemoDisclosures.class.getName());

    @PersistenceContext(unitName = "evidencedesk")
    private EntityManager entityManager;

    @Inject
    private EvidenceIntake intake;

    @Inject
    private BurdenLedger ledger;

    @Inject
    private DisclosureWorkflow disclosures;

    @Inject
    private DeadlineWatch deadlineWatch;

    @Inject
    private DisclosureRequests requests;

    @Inject
    private DeadlinePlanner planner;

    @Inject
    private Clock clock;

    public void seed(long tradeSecretCase) {
        EvidenceItem policy = claimantEvidence(tradeSecretCase, "confidentiality-policy.txt",
                "Lianxin confidentiality policy and access log of the model repository",
                "The claimant took confidentiality measures for the recommendation model",
                "Lianxin Information Security Policy v3 (2024): the recommendation model and its training features are "
                        + "classified SECRET; access only through the model registry with two-factor login; all access logged.");
        EvidenceItem comparison = claimantEvidence(tradeSecretCase, "ranking-comparison.csv",
                "Side-by-side ranking comparison, Quickcart vs. Lianxin",
                "Quickcart's rankings reproduce the claimant's model outputs",
                "query,lianxin_top3,quickcart_top3,identical\nwireless earbuds,A17|B02|C33,A17|B02|C33,yes\n"
                        + "phone case,D11|E09|F40,D11|E09|F40,yes\nrunning shoes,G05|H12|J77,G05|H12|J77,yes\n");

        // The conduct runs from January 2024 to date: its last act falls under AUCL 2025 art. 39, not 2019 art. 32.
        FactInIssue secret = ledger.propose(tradeSecretCase, "counsel", new BurdenLedger.Proposal(
                "The recommendation model and its training features are the claimant's trade secret", "aucl-39a@1", null,
                LocalDate.of(2024, 1, 1), planner.today(clock.instant())));
        ledger.link(secret.getId(), secret.getVersion(), "counsel", "confidentiality-measures", policy.getId());
        ledger.link(secret.getId(), version(FactInIssue.class, secret.getId()), "counsel", "infringement-reasonably-indicated",
                comparison.getId());

        List<Long> preliminary = List.of(policy.getId(), comparison.getId());
        long pending = disclosures.draft(tradeSecretCase, "counsel", "ipe-24-26@1", new DisclosureApplication(
                "Quickcart's model training logs and feature lists, January 2024 to date",
                "That Quickcart's model was trained on the claimant's features; it decides infringement",
                "The logs are kept on Quickcart's own training servers", "Only the logs show which features were used"),
                secret.getId(), preliminary).getId();
        file(pending);
        // The clerk invites Quickcart's opinion on it (CE art. 46 para. 1): its deadline shows on the dashboards.
        disclosures.inviteOpinion(pending, version(DisclosureRequest.class, pending), "clerk",
                planner.today(clock.instant()).plusDays(5));

        long granted = grantedRequest(tradeSecretCase, secret.getId(), preliminary,
                "The source code of Quickcart's ranking service, version 2.3", 7);
        long lapsing = grantedRequest(tradeSecretCase, secret.getId(), preliminary,
                "Quickcart's sales records for products ranked by the disputed model, 2024", 3);
        // Demo history: this order was made earlier, and its deadline passed yesterday.
        LocalDate yesterday = planner.today(clock.instant()).minusDays(1);
        requests.moveDeadline(lapsing, yesterday, planner.endOf(yesterday));
        deadlineWatch.lapseOverdue();
        LOG.info(() -> "Demo disclosure requests ready: #" + pending + " filed, #" + granted + " granted, #" + lapsing
                + " lapsed and waiting for the judge");
    }

    private EvidenceItem claimantEvidence(long caseId, String filename, String title, String fact, String content) {
        ContentDigest digest = intake.receive(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
        Instant captured = clock.instant().minus(30, ChronoUnit.DAYS);
        return intake.register(caseId, "counsel", digest, filename, "text/plain", new EvidenceMetadata(title, fact,
                new CollectionRecord("Lianxin internal systems", "Export by the claimant's IT department, notarised",
                        "Wang Li, notary's assistant", "sha256sum 9.1", captured, "(2026)浙杭证字第1024号"),
                Confidentiality.PARTIES));
    }

    private long grantedRequest(long caseId, long factId, List<Long> preliminary, String evidenceSought, int days) {
        long id = disclosures.draft(caseId, "counsel", "ipe-24-26@1", new DisclosureApplication(evidenceSought,
                "That Quickcart uses the claimant's model; the extent of its profits",
                "Quickcart runs the service and keeps its records", "No other source exists"), factId, preliminary).getId();
        file(id);
        disclosures.recordOpinion(id, version(DisclosureRequest.class, id), "defence",
                "The material is Quickcart's own trade secret and irrelevant to the claim.", true);
        LocalDate due = planner.today(clock.instant()).plusDays(days);
        disclosures.grant(id, version(DisclosureRequest.class, id), "judge", new OrderTerms(due, evidenceSought,
                true, true, Set.of("counsel"), "The applicant showed that the material is in the respondent's control and "
                + "bears on infringement (IPE art. 24). It contains the respondent's trade secrets: counsel only, "
                + "view only, after a written undertaking (IPE art. 26)."));
        return id;
    }

    private void file(long requestId) {
        disclosures.file(requestId, version(DisclosureRequest.class, requestId), "counsel");
    }

    private long version(Class<?> type, long id) {
        return ((org.evidencedesk.shared.persistence.BaseEntity) entityManager.find(type, id)).getVersion();
    }
}
