package org.evidencedesk.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import org.evidencedesk.dispute.CaseDetails;
import org.evidencedesk.dispute.CaseQuery;
import org.evidencedesk.dispute.CaseViewer;
import org.evidencedesk.dispute.CaseWorkflow;
import org.evidencedesk.dispute.Court;
import org.evidencedesk.dispute.Courts;
import org.evidencedesk.dispute.DeadlinePlanner;
import org.evidencedesk.dispute.DisputeCases;
import org.evidencedesk.dispute.IpType;
import org.evidencedesk.dispute.MemberRole;
import org.evidencedesk.dispute.Party;
import org.evidencedesk.dispute.PartyDetails;
import org.evidencedesk.dispute.PartyKind;
import org.evidencedesk.dispute.TechnologyArea;
import org.evidencedesk.identity.UserAdministration;

/**
 * Demo cases in several states, for trying the application with the demo users: the clerk and judges
 * sit at the Beijing IP Court, "counsel" acts for the claimants and "defence" for the respondents. In the
 * trade-secret case "counsel2" is a second claimant counsel (not named in its protective orders), and
 * "judge2" is a judge of the court assigned to no demo case.
 */
@ApplicationScoped
public class DemoCases {

    private static final Logger LOG = Logger.getLogger(DemoCases.class.getName());
    private static final String COURT = "BJIPC";

    @Inject
    private Courts courts;

    @Inject
    private DisputeCases cases;

    @Inject
    private CaseWorkflow workflow;

    @Inject
    private UserAdministration administration;

    @Inject
    private DeadlinePlanner planner;

    @Inject
    private Clock clock;

    /** Seeds the demo cases once; returns the trade-secret case when it was created now. */
    public java.util.Optional<Long> seed() {
        Court court = courts.byCode(COURT).orElseThrow();
        for (String staff : List.of("clerk", "judge", "judge2", "investigator")) {
            administration.assignCourt(staff, court.getId(), "demo");
        }
        if (cases.count(CaseQuery.all(), CaseViewer.ofCourt(court.getId())) > 0) {
            return java.util.Optional.empty();
        }
        LocalDate today = planner.today(clock.instant());
        DemoSchedule schedule = DemoSchedule.on(today, planner);

        long tradeSecret = file(court, new CaseDetails(
                "Lianxin v. Quickcart: misappropriation of a product recommendation algorithm",
                IpType.TRADE_SECRET, TechnologyArea.RANKING_RECOMMENDATION,
                "1. Declare that the respondents misappropriated the claimant's recommendation model and its training "
                        + "features, a trade secret under AUCL art. 9.\n2. Order them to stop using it.",
                "An injunction; damages of CNY 8,000,000; reasonable costs of CNY 300,000.",
                List.of(new PartyDetails(PartyKind.RIGHTS_HOLDER, "Hangzhou Lianxin Technology Co., Ltd.", true),
                        new PartyDetails(PartyKind.MERCHANT, "Shenzhen Quickcart E-commerce Co., Ltd.", true),
                        new PartyDetails(PartyKind.PLATFORM_OPERATOR, "Youxuan Mall Network Technology Co., Ltd.", true),
                        new PartyDetails(PartyKind.DATA_HOLDING_PLATFORM, "Cloudbridge Data Services Co., Ltd.", true))));
        accept(tradeSecret);
        assign(tradeSecret);
        step(tradeSecret, "clerk", (id, v) -> workflow.addMember(id, v, "clerk", "counsel2", MemberRole.CLAIMANT_COUNSEL));
        serveEveryRespondent(tradeSecret, today);
        step(tradeSecret, "clerk", (id, v) -> workflow.openAnswerPeriod(id, v, "clerk"));
        step(tradeSecret, "clerk", (id, v) -> workflow.openEvidencePeriod(id, v, "clerk", today, schedule.tradeSecretEvidenceEnd()));

        file(court, new CaseDetails(
                "Pricewise v. Dealhub: copying of a dynamic pricing engine",
                IpType.SOFTWARE_COPYRIGHT, TechnologyArea.PRICING,
                "Declare that the respondent's pricing service reproduces the claimant's registered pricing-engine "
                        + "software (registration 2023SR0123456) and order it to stop.",
                "An injunction and damages of CNY 2,500,000.",
                List.of(new PartyDetails(PartyKind.RIGHTS_HOLDER, "Shanghai Pricewise Software Co., Ltd.", true),
                        new PartyDetails(PartyKind.MERCHANT, "Dealhub Trading Ltd.", false))));

        long search = file(court, new CaseDetails(
                "Zhisou v. Fastfind: search ranking patent",
                IpType.PATENT, TechnologyArea.SEARCH,
                "Declare that the respondent's product search infringes invention patent ZL 2020 1 0123456.7.",
                "An injunction and damages of CNY 5,000,000.",
                List.of(new PartyDetails(PartyKind.RIGHTS_HOLDER, "Beijing Zhisou Information Technology Co., Ltd.", true),
                        new PartyDetails(PartyKind.PLATFORM_OPERATOR, "Fastfind Online Co., Ltd.", true))));
        step(search, "clerk", (id, v) -> workflow.requestCorrection(id, v, "clerk",
                "Attach the patent certificate and the latest annual fee receipt."));

        long model = file(court, new CaseDetails(
                "Mingjing v. Chatmall: unfair use of a shopping-assistant language model",
                IpType.UNFAIR_COMPETITION, TechnologyArea.AI_MODEL,
                "Declare that the respondent's shopping assistant was built by scraping the claimant's model outputs "
                        + "in breach of AUCL art. 2.",
                "An injunction and damages of CNY 3,000,000.",
                List.of(new PartyDetails(PartyKind.RIGHTS_HOLDER, "Mingjing Intelligence Co., Ltd.", true),
                        new PartyDetails(PartyKind.PLATFORM_OPERATOR, "Chatmall Technology Co., Ltd.", true))));
        accept(model);
        assign(model);
        serveEveryRespondent(model, today);
        step(model, "clerk", (id, v) -> workflow.openAnswerPeriod(id, v, "clerk"));
        step(model, "clerk", (id, v) -> workflow.openEvidencePeriod(id, v, "clerk", today, schedule.modelEvidenceEnd()));
        step(model, "clerk", (id, v) -> workflow.closeEvidencePeriod(id, v, "clerk"));
        step(model, "clerk", (id, v) -> workflow.scheduleHearing(id, v, "clerk", schedule.hearing()));
        LOG.info("Demo cases ready at " + court.getCode());
        return java.util.Optional.of(tradeSecret);
    }

    private long file(Court court, CaseDetails details) {
        return workflow.file(details, court.getId(), "counsel").getId();
    }

    private void accept(long id) {
        step(id, "clerk", (caseId, version) -> workflow.accept(caseId, version, "clerk"));
    }

    private void assign(long id) {
        step(id, "clerk", (caseId, v) -> workflow.addMember(caseId, v, "clerk", "judge", MemberRole.JUDGE));
        step(id, "clerk", (caseId, v) -> workflow.addMember(caseId, v, "clerk", "defence", MemberRole.RESPONDENT_COUNSEL));
        step(id, "clerk", (caseId, v) -> workflow.addMember(caseId, v, "clerk", "investigator", MemberRole.TECH_INVESTIGATOR));
    }

    /** Each respondent's own answer period runs from its own service (CPL art. 128). */
    private void serveEveryRespondent(long caseId, LocalDate servedOn) {
        for (Party respondent : workflow.view(caseId, "clerk").disputeCase().partiesAwaitingService()) {
            step(caseId, "clerk", (id, v) -> workflow.recordService(id, v, "clerk", respondent.getId(), servedOn));
        }
    }

    private interface Step {
        void take(long caseId, long version);
    }

    private void step(long caseId, String username, Step step) {
        step.take(caseId, workflow.view(caseId, username).disputeCase().getVersion());
    }
}
