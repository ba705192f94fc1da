package org.evidencedesk.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.evidencedesk.bundle.export.BundleExports;
import org.evidencedesk.bundle.export.BundleSelection;
import org.evidencedesk.burden.BurdenLedger;
import org.evidencedesk.burden.FactsInIssue;
import org.evidencedesk.burden.FactInIssue;
import org.evidencedesk.burden.FactState;
import org.evidencedesk.custody.CustodyAction;
import org.evidencedesk.custody.CustodyEntry;
import org.evidencedesk.custody.CustodyLog;
import org.evidencedesk.dispute.CaseAccessPolicy;
import org.evidencedesk.dispute.CaseDetails;
import org.evidencedesk.dispute.CaseNotFoundException;
import org.evidencedesk.dispute.CaseViewer;
import org.evidencedesk.dispute.CaseWorkflow;
import org.evidencedesk.dispute.Courts;
import org.evidencedesk.dispute.IpType;
import org.evidencedesk.dispute.MemberRole;
import org.evidencedesk.dispute.PartyDetails;
import org.evidencedesk.dispute.PartyKind;
import org.evidencedesk.dispute.Side;
import org.evidencedesk.dispute.TechnologyArea;
import org.evidencedesk.evidence.BlobStore;
import org.evidencedesk.evidence.Confidentiality;
import org.evidencedesk.evidence.ContentDigest;
import org.evidencedesk.evidence.EvidenceAccess;
import org.evidencedesk.evidence.EvidenceIntake;
import org.evidencedesk.evidence.EvidenceItem;
import org.evidencedesk.evidence.EvidenceMetadata;
import org.evidencedesk.evidence.UndertakingRequiredException;
import org.evidencedesk.identity.Role;
import org.evidencedesk.identity.AccountProvisioning;
import org.evidencedesk.identity.UserAccount;
import org.evidencedesk.identity.UserAccounts;
import org.evidencedesk.identity.UserAdministration;
import org.evidencedesk.notice.NoticeBoard;
import org.evidencedesk.ruling.Ruling;
import org.evidencedesk.ruling.RulingKind;
import org.evidencedesk.ruling.Rulings;
import org.evidencedesk.shared.BusinessException;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In the container, on the configured database: a disclosure request from application to presumption,
 * with its signed rulings, custody entries and notices; evidence produced under a protective order seen only
 * by the named person after the undertaking, and never downloaded; the lapse timer; refused and stale steps
 * changing nothing.
 */
@ExtendWith(ArquillianExtension.class)
class DisclosurePersistenceIT {

    private static final String PASSWORD = "a long enough pass phrase";


    @Inject
    DisclosureWorkflow disclosures;

    @Inject
    DisclosureRequests requests;

    @Inject
    DeadlineWatch deadlineWatch;

    @Inject
    BurdenLedger ledger;

    @Inject
    FactsInIssue facts;

    @Inject
    Rulings rulings;

    @Inject
    NoticeBoard notices;

    @Inject
    EvidenceIntake intake;

    @Inject
    EvidenceAccess access;

    @Inject
    BundleExports exports;

    @Inject
    CustodyLog custody;

    @Inject
    CaseWorkflow workflow;

    @Inject
    Courts courts;

    @Inject
    AccountProvisioning provisioning;

    @Inject
    BlobStore blobs;

    @Inject
    Clock clock;

    @Inject
    UserAccounts accounts;

    @Inject
    UserAdministration administration;

    @Inject
    CaseAccessPolicy caseAccess;

    private String claimant;
    private String secondClaimantCounsel;
    private String respondent;
    private String judge;
    private String clerk;
    private long caseId;

    @BeforeEach
    void anAcceptedTradeSecretCaseWithAJudge() {
        long court = courts.byCode("BJIPC").orElseThrow().getId();
        claimant = user("claimant", Role.COUNSEL, null);
        secondClaimantCounsel = user("colleague", Role.COUNSEL, null);
        respondent = user("respondent", Role.COUNSEL, null);
        judge = user("judge", Role.JUDGE, court);
        clerk = user("clerk", Role.CLERK, court);
        caseId = workflow.file(new CaseDetails("Disclosure " + System.nanoTime(), IpType.TRADE_SECRET,
                TechnologyArea.RANKING_RECOMMENDATION, "Claims", "Relief",
                List.of(new PartyDetails(PartyKind.RIGHTS_HOLDER, "Holder", true),
                        new PartyDetails(PartyKind.MERCHANT, "Merchant", true))), court, claimant).getId();
        workflow.accept(caseId, version(clerk), clerk);
        workflow.addMember(caseId, version(clerk), clerk, respondent, MemberRole.RESPONDENT_COUNSEL);
        workflow.addMember(caseId, version(clerk), clerk, secondClaimantCounsel, MemberRole.CLAIMANT_COUNSEL);
        workflow.addMember(caseId, version(clerk), clerk, judge, MemberRole.JUDGE);
    }

    @Test
    void aGrantIsSignedLoggedAndAnnounced() throws Exception {
        long request = granted(Set.of(claimant), true);

        DisclosureRequest granted = disclosures.open(request, claimant).request();
        assertEquals(DisclosureStatus.GRANTED, granted.getStatus());
        Ruling ruling = rulings.byId(granted.getRulingId()).orElseThrow();
        assertEquals(RulingKind.DISCLOSURE_GRANTED, ruling.getKind());
        assertEquals("ipe-24-26@1", ruling.getLegalBasis());
        Path pdf = Files.createTempFile("ruling", ".pdf");
        try (InputStream in = blobs.open(ruling.getPdfSha256())) {
            Files.copy(in, pdf, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        String report = pdfsig(pdf);
        assertTrue(report.contains("Signature is Valid."), report);

        List<CustodyEntry> chain = custody.entries(caseId);
        assertTrue(chain.stream().anyMatch(entry -> entry.getAction() == CustodyAction.RULING_ISSUED
                && entry.getDetail().contains(ruling.getPdfSha256())));
        assertTrue(chain.stream().filter(entry -> entry.getAction() == CustodyAction.DISCLOSURE).count() >= 3);
        assertEquals(List.of(), custody.verify(caseId));
        assertTrue(notices.unreadCount(respondent) >= 2, "filed and granted were announced to the other side");
    }

    @Test
    void protectedEvidenceIsSeenOnlyByTheNamedPersonAfterTheUndertakingAndNeverDownloaded() {
        long request = granted(Set.of(claimant), true);
        EvidenceItem produced = disclosures.produce(request, respondent, digest("the ranker's configuration"),
                "config.pdf", "application/pdf", new EvidenceMetadata("Ranker configuration", "As ordered", null,
                        Confidentiality.PARTIES));

        assertEquals(Confidentiality.COUNSEL_ONLY, produced.getConfidentiality(), "protected items are never more open");
        assertThrows(CaseNotFoundException.class, () -> access.view(produced.getId(), secondClaimantCounsel));
        assertThrows(UndertakingRequiredException.class, () -> access.view(produced.getId(), claimant));
        assertThrows(UndertakingRequiredException.class, () -> access.viewPage(produced.getId(), claimant));
        assertEquals(produced.getId(), access.view(produced.getId(), respondent).item().getId(), "the producer is not bound");

        access.acceptUndertaking(produced.getId(), claimant, Locale.ENGLISH, "I undertake to keep it confidential.");

        assertEquals(produced.getId(), access.viewPage(produced.getId(), claimant).item().getId());
        BusinessException refused = assertThrows(BusinessException.class,
                () -> access.download(produced.getId(), claimant, "content"));
        assertEquals("evidence.viewOnly", refused.messageKey());
        // Nor does it leave in a bundle: a bundle is a copy. The producer takes it along.
        assertTrue(access.copyableItems(workflow.view(caseId, claimant)).stream().noneMatch(item -> item.getId().equals(produced.getId())));
        assertThrows(BusinessException.class, () -> exports.prepare(caseId, claimant,
                new BundleSelection(BundleSelection.Kind.HAND, null, null, Set.of(produced.getId()))));
        try {
            BundleExports.PreparedExport export = exports.prepare(caseId, respondent, BundleSelection.all());
            export.bundle().discard();
            assertTrue(export.exhibits().contains(produced.getExhibitNumber()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        List<CustodyAction> actions = custody.entries(caseId).stream().map(CustodyEntry::getAction).toList();
        int accepted = actions.indexOf(CustodyAction.UNDERTAKING_ACCEPTED);
        assertTrue(accepted > 0);
        assertEquals(CustodyAction.CHECKPOINT, actions.get(accepted + 1), "the acceptance is signed into the log");
        assertEquals(List.of(), custody.verify(caseId));
    }

    @Test
    void aLapsedOrderIsReferredToTheJudgeWhoseDecisionTheLedgerRecords() {
        FactInIssue fact = ledger.propose(caseId, claimant, tradeSecretFact("The model is the claimant's trade secret"));
        long request = draftAndFile(fact.getId());
        disclosures.recordOpinion(request, versionOf(request), respondent, "Irrelevant.");
        disclosures.grant(request, versionOf(request), judge, terms(Set.of()));
        LocalDate yesterday = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1);
        requests.moveDeadline(request, yesterday, yesterday.plusDays(1).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant());

        // The lapse timer also runs on its own every minute (issue 11) and may lapse it first; either way it lapses.
        deadlineWatch.lapseOverdue();

        DisclosureRequest lapsed = disclosures.open(request, judge).request();
        assertEquals(DisclosureStatus.INFERENCE_CANDIDATE, lapsed.getStatus());
        assertEquals(DisclosureStatus.DEADLINE_LAPSED, lapsed.getProductionOutcome());
        assertTrue(requests.awaitingJudge(viewer(judge)).stream().anyMatch(candidate -> candidate.getId() == request));
        assertThrows(BusinessException.class, () -> disclosures.produce(request, respondent, digest("too late"),
                "late.txt", "text/plain", new EvidenceMetadata("Late", "Late", null, Confidentiality.PARTIES)));

        disclosures.decidePresumption(request, versionOf(request), judge, true, "No production, no explanation.");

        FactInIssue presumed = facts.fact(fact.getId()).orElseThrow();
        Ruling ruling = rulings.byId(presumed.getPresumptionRulingId()).orElseThrow();
        assertEquals(RulingKind.PRESUMPTION_ASSERTION_ON_MATTER, ruling.getKind(), "IPE art. 25 presumes the assertion");
        assertEquals(FactState.OPEN, presumed.getState(), "a presumption does not rule on the burden itself");
    }

    @Test
    void aChallengedProductionGoesToTheJudgeAndTheOrderedSideSeesTheChallenge_IPE25para1() {
        long request = granted(Set.of(), false);
        disclosures.produce(request, respondent, digest("a ledger " + System.nanoTime()), "ledger.txt", "text/plain",
                new EvidenceMetadata("Ledger", "As ordered", null, Confidentiality.PARTIES));
        disclosures.completeProduction(request, versionOf(request), respondent);
        long unread = notices.unreadCount(respondent);

        assertThrows(BusinessException.class, () -> disclosures.challengeProduction(request, versionOf(request), respondent,
                NonComplianceGround.DESTROYED, "Not ours to challenge."));
        disclosures.challengeProduction(request, versionOf(request), claimant, NonComplianceGround.DESTROYED,
                "The server logs for 2025 were wiped after the order.");

        DisclosureRequest challenged = disclosures.open(request, respondent).request();
        assertEquals(DisclosureStatus.INFERENCE_CANDIDATE, challenged.getStatus());
        assertEquals(NonComplianceGround.DESTROYED, challenged.getNonComplianceGround());
        assertEquals("The server logs for 2025 were wiped after the order.", challenged.getChallengeReasons());
        assertEquals(NonComplianceLaw.IPE_25, challenged.getNonComplianceLaw());
        assertEquals(unread + 1, notices.unreadCount(respondent), "the ordered side is told of the challenge");
        assertTrue(requests.awaitingJudge(viewer(judge)).stream().anyMatch(candidate -> candidate.getId() == request));
        assertTrue(custody.entries(caseId).stream().anyMatch(entry -> entry.getAction() == CustodyAction.DISCLOSURE
                && entry.getDetail().contains("CHALLENGE_PRODUCTION") && entry.getDetail().contains("DESTROYED")));

        assertThrows(BusinessException.class, () -> disclosures.decideDamages(request, versionOf(request), judge, true, "r"),
                "a disclosure rule leads to no finding on damages");
        disclosures.decidePresumption(request, versionOf(request), judge, true, "The logs were destroyed to defeat the order.");

        DisclosureRequest decided = disclosures.open(request, claimant).request();
        assertEquals(DisclosureStatus.PRESUMPTION_APPLIED, decided.getStatus());
        assertEquals(RulingKind.PRESUMPTION_ASSERTION_ON_MATTER, rulings.byId(decided.getPresumptionRulingId()).orElseThrow().getKind());
        assertEquals(List.of(), custody.verify(caseId));
    }

    @Test
    void theJudgeShiftsTheBurdenWhenTheShowingsAreLinked() {
        FactInIssue fact = ledger.propose(caseId, claimant, tradeSecretFact("The model is the claimant's trade secret"));
        EvidenceItem policy = submit(claimant, "confidentiality policy");
        EvidenceItem comparison = submit(claimant, "ranking comparison");
        ledger.link(fact.getId(), factVersion(fact.getId()), claimant, "confidentiality-measures", policy.getId());
        ledger.link(fact.getId(), factVersion(fact.getId()), claimant, "infringement-reasonably-indicated", comparison.getId());
        EvidenceItem wrong = submit(claimant, "linked by mistake");
        ledger.link(fact.getId(), factVersion(fact.getId()), claimant, "confidentiality-measures", wrong.getId());
        long mistake = supportsOf(fact.getId()).stream()
                .filter(support -> support.getItem().getId().equals(wrong.getId())).findFirst().orElseThrow().getId();
        ledger.unlink(fact.getId(), factVersion(fact.getId()), claimant, mistake);
        assertEquals(2, supportsOf(fact.getId()).size());
        assertThrows(BusinessException.class, () -> ledger.ruleOnShift(fact.getId(), factVersion(fact.getId()), claimant,
                true, "Counsel cannot rule."));
        BusinessException ontoProposer = assertThrows(BusinessException.class,
                () -> ledger.propose(caseId, respondent, tradeSecretFact("We did not use it")));
        assertEquals("burden.ruleMovesToProposer", ontoProposer.messageKey());

        ledger.ruleOnShift(fact.getId(), factVersion(fact.getId()), judge, true, "Both showings are supported.");

        FactInIssue shifted = facts.fact(fact.getId()).orElseThrow();
        assertEquals(FactState.SHIFTED, shifted.getState());
        assertEquals(Side.RESPONDENT, shifted.getBurdenOn());
        assertNotNull(shifted.getRulingId());
        assertTrue(custody.entries(caseId).stream().anyMatch(entry -> entry.getAction() == CustodyAction.BURDEN
                && entry.getDetail().contains("SHIFTED")));
    }

    @Test
    void theReviewOpensAfterTheOtherSideWasInvitedAndItsDayPassed_CE46() {
        long request = draftAndFile(null);
        BusinessException notHeard = assertThrows(BusinessException.class,
                () -> disclosures.openReview(request, versionOf(request), judge));
        assertEquals("disclosure.opinionNotInvited", notHeard.messageKey());

        LocalDate day = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(10);
        disclosures.inviteOpinion(request, versionOf(request), clerk, day);
        DisclosureRequest invited = disclosures.open(request, respondent).request();
        assertEquals(clerk, invited.getOpinionInvitedBy());
        assertNotNull(invited.getOpinionInvitedAt());
        assertFalse(invited.getOpinionDueOn().isBefore(day), "the day the clerk set, or the next working day");
        assertTrue(notices.latest(respondent, 20).stream().anyMatch(notice -> notice.getMessageKey().equals("notice.disclosureOpinionInvited")
                && List.of(notice.argumentArray()).contains(invited.getOpinionDueOn().toString())), "the ordered side is told the day");
        BusinessException running = assertThrows(BusinessException.class,
                () -> disclosures.openReview(request, versionOf(request), judge));
        assertEquals("disclosure.opinionDeadlineRunning", running.messageKey());
        assertTrue(requests.awaitingJudge(viewer(judge)).stream().anyMatch(waiting -> waiting.getId() == request
                && waiting.getOpinionDueOn() != null));

        LocalDate yesterday = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1);
        requests.moveOpinionDeadline(request, yesterday, yesterday.plusDays(1).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant());
        disclosures.openReview(request, versionOf(request), judge);
        assertEquals(DisclosureStatus.UNDER_REVIEW, disclosures.open(request, judge).request().getStatus());
        assertTrue(custody.entries(caseId).stream().anyMatch(entry -> entry.getAction() == CustodyAction.DISCLOSURE
                && entry.getDetail().contains("INVITE_OPINION")));
    }

    @Test
    void anOrderInATradeSecretCaseNeedsAMeasureOrTheJudgesFindingAndTheApplicantBearsTheCost_IPE26_CPLI112() {
        long request = draftAndFile(null);
        disclosures.recordOpinion(request, versionOf(request), respondent, "Our own trade secret.", true);
        OrderTerms bare = new OrderTerms(LocalDate.now(clock).plusDays(7), "Sales records", false, false, Set.of(),
                "Controlled by the respondent.");
        BusinessException unprotected = assertThrows(BusinessException.class,
                () -> disclosures.grant(request, versionOf(request), judge, bare));
        assertEquals("disclosure.tradeSecretNeedsMeasure", unprotected.messageKey());
        assertEquals(DisclosureStatus.UNDER_REVIEW, disclosures.open(request, judge).request().getStatus());

        disclosures.grant(request, versionOf(request), judge, terms(Set.of()));
        DisclosureRequest granted = disclosures.open(request, claimant).request();
        assertEquals(DisclosureStatus.GRANTED, granted.getStatus());
        assertTrue(granted.isSecretSaidByOrdered());
        assertEquals("Sales totals only: no trade secret is involved.", granted.getNoSecretFinding());
        assertEquals(Side.CLAIMANT, granted.getCostBearer());
    }

    @Test
    void refusedAndStaleStepsChangeNothing() {
        long request = draftAndFile(null);
        int entries = custody.entries(caseId).size();
        long version = versionOf(request);

        BusinessException notAJudge = assertThrows(BusinessException.class,
                () -> disclosures.grant(request, version, claimant, terms(Set.of())));
        assertEquals("disclosure.notAllowed", notAJudge.messageKey());
        disclosures.recordOpinion(request, version, respondent, "Irrelevant.");
        assertThrows(OptimisticLockException.class, () -> disclosures.withdraw(request, version, claimant));

        assertEquals(DisclosureStatus.UNDER_REVIEW, disclosures.open(request, claimant).request().getStatus());
        assertEquals(entries + 1, custody.entries(caseId).size(), "only the opinion was logged");
        assertThrows(CaseNotFoundException.class, () -> disclosures.open(request, user("stranger", Role.COUNSEL, null)));
    }

    @Test
    void aDraftIsSeenOnlyByItsAuthorsSideUntilItIsFiled() {
        long draft = disclosures.draft(caseId, claimant, "ipe-24-26@1", new DisclosureApplication("Server logs",
                "The respondent's use", "Only the respondent runs the servers", "Nothing else shows the use"), null, List.of()).getId();

        for (String other : List.of(respondent, judge)) {
            assertThrows(CaseNotFoundException.class, () -> disclosures.open(draft, other), other + " opens the draft");
            assertTrue(disclosures.ofCase(workflow.view(caseId, other)).stream().noneMatch(found -> found.getId() == draft),
                    other + " lists the draft");
        }
        assertTrue(disclosures.ofCase(workflow.view(caseId, claimant)).stream().anyMatch(found -> found.getId() == draft));

        disclosures.file(draft, disclosures.open(draft, claimant).request().getVersion(), claimant);
        assertEquals(DisclosureStatus.FILED, disclosures.open(draft, respondent).request().getStatus());
        assertTrue(disclosures.ofCase(workflow.view(caseId, judge)).stream().anyMatch(found -> found.getId() == draft));
    }

    /**
     * The request page's one read says what each viewer may see and do, as the workflow's own checks decide: the
     * applicant's counsel may revise and file a draft, which nobody else can read; once filed, the other side may
     * give its opinion and the judge may invite it or open the review; after a grant with a view-only order naming one
     * counsel, the produced item is read by the producer and the person named, not by the applicant's other counsel.
     */
    @Test
    void theRequestPageReadsWhatEachViewerMaySeeAndMayDo() {
        long draft = disclosures.draft(caseId, claimant, "ipe-24-26@1", new DisclosureApplication("Access logs",
                "The respondent's use", "Only the respondent runs the servers", "Nothing else shows the use"), null, List.of()).getId();

        DisclosureRequestFile authors = disclosures.read(draft, claimant);
        assertEquals(EnumSet.of(DisclosureTransition.REVISE, DisclosureTransition.FILE, DisclosureTransition.WITHDRAW),
                EnumSet.copyOf(authors.steps()));
        assertFalse(authors.rules().isEmpty(), "a draft being revised offers its rules");
        assertThrows(CaseNotFoundException.class, () -> disclosures.read(draft, respondent));
        assertThrows(CaseNotFoundException.class, () -> disclosures.read(draft, judge));

        disclosures.file(draft, authors.request().getVersion(), claimant);
        DisclosureRequestFile otherSide = disclosures.read(draft, respondent);
        assertEquals(EnumSet.of(DisclosureTransition.RECORD_OPINION), EnumSet.copyOf(otherSide.steps()));
        assertEquals(List.of(), otherSide.rules(), "only a draft's author revises it");
        assertEquals(List.of(claimant, secondClaimantCounsel).stream().sorted().toList(),
                otherSide.applicantCounsel().stream().sorted().toList());
        assertTrue(disclosures.read(draft, judge).steps().containsAll(
                EnumSet.of(DisclosureTransition.INVITE_OPINION, DisclosureTransition.OPEN_REVIEW)));

        long request = granted(Set.of(claimant), true);
        EvidenceItem produced = disclosures.produce(request, respondent, digest("the access logs"), "logs.pdf",
                "application/pdf", new EvidenceMetadata("Access logs", "As ordered", null, Confidentiality.PARTIES));
        assertTrue(disclosures.read(request, respondent).showsProducedExhibit(produced.getExhibitNumber()));
        assertTrue(disclosures.read(request, claimant).showsProducedExhibit(produced.getExhibitNumber()), "the named person");
        DisclosureRequestFile notNamed = disclosures.read(request, secondClaimantCounsel);
        assertEquals(List.of(), notNamed.produced());
        assertFalse(notNamed.showsProducedExhibit(produced.getExhibitNumber()));
    }

    @Test
    void theDashboardListsFollowTheRoleEachMembershipNeeds() {
        long request = draftAndFile(null);
        assertTrue(ids(requests.awaitingJudge(viewer(judge))).contains(request));
        disclosures.recordOpinion(request, versionOf(request), respondent, "Irrelevant.");
        disclosures.grant(request, versionOf(request), judge, new OrderTerms(LocalDate.now(clock).plusDays(7),
                "The ranker's configuration", true, false, Set.of(claimant), "Controlled by the respondent; material."));
        assertTrue(ids(requests.runningOrders(viewer(respondent))).contains(request));
        assertTrue(ids(requests.runningOrders(viewer(claimant))).contains(request));

        String admin = user("admin", Role.ADMIN, null);
        UserAccount counsel = accounts.byUsername(respondent).orElseThrow();
        administration.describe(counsel.getId(), counsel.getVersion(), "respondent", null, EnumSet.of(Role.TECH_INVESTIGATOR),
                courts.byCode("BJIPC").orElseThrow().getId(), admin);
        assertFalse(ids(requests.runningOrders(viewer(respondent))).contains(request),
                "a counsel membership of an account that is no longer counsel shows no order (CaseAccessPolicy)");
        long unread = notices.unreadCount(respondent);
        long awaiting = draftAndFile(null);
        assertEquals(unread, notices.unreadCount(respondent), "nor is that account told of a new request in the case");
        UserAccount claimantCounsel = accounts.byUsername(claimant).orElseThrow();
        administration.disable(claimantCounsel.getId(), claimantCounsel.getVersion(), admin);
        assertEquals(List.of(), requests.runningOrders(viewer(claimant)), "a disabled account sees no order");

        UserAccount assigned = accounts.byUsername(judge).orElseThrow();
        administration.describe(assigned.getId(), assigned.getVersion(), "judge", null, EnumSet.of(Role.CLERK),
                assigned.getCourtId(), admin);
        assertFalse(ids(requests.awaitingJudge(viewer(judge))).contains(awaiting),
                "a judge's membership of an account that is no longer a judge awaits nothing of it");
    }

    // ---- helpers ----

    private CaseViewer viewer(String username) {
        return caseAccess.viewerFor(accounts.byUsername(username).orElseThrow());
    }

    private static List<Long> ids(List<DisclosureRequest> list) {
        return list.stream().map(DisclosureRequest::getId).toList();
    }

    private long granted(Set<String> named, boolean viewOnly) {
        long request = draftAndFile(null);
        disclosures.recordOpinion(request, versionOf(request), respondent, "Irrelevant.");
        disclosures.grant(request, versionOf(request), judge, new OrderTerms(LocalDate.now(clock).plusDays(7),
                "The ranker's configuration", true, viewOnly, named, "Controlled by the respondent; material."));
        return request;
    }

    /** Terms in this trade-secret case: the named persons, or, with none, the finding that no trade secret is involved. */
    private OrderTerms terms(Set<String> named) {
        return new OrderTerms(LocalDate.now(clock).plusDays(7), "Sales records", false, false, named,
                "Controlled by the respondent.", named.isEmpty() ? "Sales totals only: no trade secret is involved." : null);
    }

    private long draftAndFile(Long factId) {
        long request = disclosures.draft(caseId, claimant, "ipe-24-26@1", new DisclosureApplication("Sales records",
                "The respondent's profit", "Only the respondent keeps them", "Damages need them"), factId, List.of()).getId();
        disclosures.file(request, disclosures.open(request, claimant).request().getVersion(), claimant);
        return request;
    }

    private long versionOf(long request) {
        return disclosures.open(request, judge).request().getVersion();
    }

    /** A fact's links, as the ledger page reads them (in the ledger's transaction). */
    private List<org.evidencedesk.burden.ShowingSupport> supportsOf(long fact) {
        return ledger.read(caseId, claimant).entries().stream().filter(entry -> entry.fact().getId() == fact)
                .findFirst().orElseThrow().fact().getSupports();
    }

    private long factVersion(long fact) {
        return facts.fact(fact).orElseThrow().getVersion();
    }

    private long version(String username) {
        return workflow.view(caseId, username).disputeCase().getVersion();
    }

    private ContentDigest digest(String text) {
        return intake.receive(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private EvidenceItem submit(String username, String text) {
        return intake.register(caseId, username, digest(text), text + ".txt", "text/plain",
                new EvidenceMetadata(text, "What it proves", null, Confidentiality.PARTIES));
    }

    private String user(String prefix, Role role, Long courtId) {
        String username = prefix + "-" + Long.toString(System.nanoTime(), 36);
        provisioning.create(username, prefix, null, EnumSet.of(role), courtId, PASSWORD, "test");
        return username;
    }

    private static String pdfsig(Path pdf) throws IOException, InterruptedException {
        // -no-ocsp: the certificates name the installation's OCSP responder, and a check fetches nothing.
        Process process = new ProcessBuilder("pdfsig", "-no-ocsp", pdf.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return output;
    }

    /** A trade-secret fact about conduct going on to date: AUCL 2025 art. 39 governs it (issue 12, point 13). */
    private static BurdenLedger.Proposal tradeSecretFact(String statement) {
        return new BurdenLedger.Proposal(statement, "aucl-39a@1", null, LocalDate.of(2024, 1, 1), LocalDate.now(ZoneId.of("Asia/Shanghai")));
    }
}
