package org.evidencedesk.bench;

import static org.evidencedesk.dispute.CaseStatus.*;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.evidencedesk.dispute.AppealableDecision;
import org.evidencedesk.dispute.CaseNumbers;
import org.evidencedesk.dispute.CaseStatus;
import org.evidencedesk.dispute.IpType;
import org.evidencedesk.dispute.PartyKind;
import org.evidencedesk.dispute.TechnologyArea;
import org.evidencedesk.bench.CaseVocabulary.Term;
import org.evidencedesk.bench.SyntheticCase.CaseDates;
import org.evidencedesk.bench.SyntheticCase.SyntheticParty;

/** Makes up cases one at a time: varied titles and parties, states spread like a court's docket, most cases pending. */
final class SyntheticCases {

    private static final WeightedChoice<CaseStatus> STATUSES = new WeightedChoice<>(statusWeights());
    private static final WeightedChoice<IpType> IP_TYPES = new WeightedChoice<>(ipTypeWeights());
    private static final WeightedChoice<TechnologyArea> TECHNOLOGIES = new WeightedChoice<>(technologyWeights());

    private static final double CHINESE_SHARE = 0.4;
    private static final double FOREIGN_RESPONDENT_SHARE = 0.08;
    private static final double COUNSEL_SHARE = 0.01;

    /** What stays the same for every case of one run. */
    record Setting(GeneratorCourts courts, CaseNumberCounters counters, String caseNumberPattern, ZoneId zone,
                   LocalDate latestDay, boolean counselExists) {
    }

    private final Setting setting;
    private final RandomGenerator random;
    private final CaseVocabulary vocabulary;

    SyntheticCases(Setting setting, RandomGenerator random) {
        this.setting = setting;
        this.random = random;
        this.vocabulary = new CaseVocabulary(random);
    }

    SyntheticCase next() {
        GeneratorCourts.Court court = setting.courts().pick(random);
        CaseStatus status = STATUSES.pick(random);
        IpType ipType = IP_TYPES.pick(random);
        TechnologyArea technology = TECHNOLOGIES.pick(random);
        boolean chinese = random.nextDouble() < CHINESE_SHARE;
        Term claimant = vocabulary.brand();
        Term respondent = vocabulary.brand();
        Term subject = vocabulary.subject(technology);
        CaseTimeline timeline = new CaseTimeline(status, random, setting.zone(), setting.latestDay());
        CaseHistory history = new CaseHistory(timeline, random);
        CaseDates dates = timeline.dates();
        String caseNumber = dates.acceptedAt() == null ? null : caseNumber(court, dates);
        return new SyntheticCase(court.id(), caseNumber,
                vocabulary.title(claimant, respondent, ipType, subject, chinese), ipType, technology,
                vocabulary.claims(ipType, subject, chinese), vocabulary.relief(50 + random.nextInt(950), chinese),
                status, status == SUSPENDED ? timeline.reached : null, appealableDecision(status), dates,
                parties(claimant, respondent, chinese), history.deadlines(), history.events(caseNumber),
                setting.counselExists() && random.nextDouble() < COUNSEL_SHARE);
    }

    /** The decision whose appeal periods run, as the application records it when it makes the decision. */
    private static AppealableDecision appealableDecision(CaseStatus status) {
        return switch (status) {
            case JUDGMENT, APPEAL_WINDOW -> AppealableDecision.JUDGMENT;
            case DISMISSED -> AppealableDecision.DISMISSAL;
            case NOT_ACCEPTED -> AppealableDecision.REFUSAL;
            default -> null;
        };
    }

    private String caseNumber(GeneratorCourts.Court court, CaseDates dates) {
        int year = dates.acceptedAt().atZone(setting.zone()).getYear();
        return CaseNumbers.format(setting.caseNumberPattern(), year, court.abbreviation(),
                setting.counters().next(court.id(), year));
    }

    /** Two to four parties: the claimant, one or two respondents, sometimes a platform holding the data. */
    private List<SyntheticParty> parties(Term claimant, Term respondent, boolean chinese) {
        List<SyntheticParty> parties = new ArrayList<>();
        parties.add(party(claimant, random.nextDouble() < 0.8 ? PartyKind.RIGHTS_HOLDER : PartyKind.LICENSEE, false, chinese));
        parties.add(respondent(respondent, chinese));
        int count = 2 + random.nextInt(3);
        boolean dataHolderFirst = random.nextBoolean();
        for (int position = 2; position < count; position++) {
            boolean dataHolder = (position == 2) == dataHolderFirst;
            parties.add(dataHolder ? party(vocabulary.brand(), PartyKind.DATA_HOLDING_PLATFORM, false, chinese)
                    : respondent(vocabulary.brand(), chinese));
        }
        return parties;
    }

    private SyntheticParty respondent(Term brand, boolean chinese) {
        PartyKind kind = random.nextBoolean() ? PartyKind.MERCHANT : PartyKind.PLATFORM_OPERATOR;
        return party(brand, kind, random.nextDouble() < FOREIGN_RESPONDENT_SHARE, chinese);
    }

    private SyntheticParty party(Term brand, PartyKind kind, boolean foreign, boolean chinese) {
        return new SyntheticParty(kind, vocabulary.companyName(brand, kind, foreign, chinese), !foreign);
    }

    private static Map<CaseStatus, Integer> statusWeights() {
        Map<CaseStatus, Integer> weights = new LinkedHashMap<>();
        weights.put(SUBMITTED, 60);
        weights.put(CORRECTION_REQUESTED, 20);
        weights.put(NOT_ACCEPTED, 15);
        weights.put(ACCEPTED, 90);
        weights.put(SERVED, 80);
        weights.put(ANSWER_PERIOD, 90);
        weights.put(EVIDENCE_PERIOD, 110);
        weights.put(EVIDENCE_EXCHANGE, 90);
        weights.put(HEARING_SCHEDULED, 80);
        weights.put(HEARING, 40);
        weights.put(JUDGMENT, 40);
        weights.put(MEDIATED, 50);
        weights.put(WITHDRAWN, 40);
        weights.put(DISMISSED, 20);
        weights.put(APPEAL_WINDOW, 40);
        weights.put(CLOSED, 110);
        weights.put(SUSPENDED, 25);
        return weights;
    }

    private static Map<IpType, Integer> ipTypeWeights() {
        Map<IpType, Integer> weights = new LinkedHashMap<>();
        weights.put(IpType.PATENT, 25);
        weights.put(IpType.TRADEMARK, 15);
        weights.put(IpType.COPYRIGHT, 10);
        weights.put(IpType.SOFTWARE_COPYRIGHT, 20);
        weights.put(IpType.TRADE_SECRET, 15);
        weights.put(IpType.UNFAIR_COMPETITION, 15);
        return weights;
    }

    private static Map<TechnologyArea, Integer> technologyWeights() {
        Map<TechnologyArea, Integer> weights = new LinkedHashMap<>();
        weights.put(TechnologyArea.RANKING_RECOMMENDATION, 18);
        weights.put(TechnologyArea.AI_MODEL, 16);
        weights.put(TechnologyArea.SEARCH, 12);
        weights.put(TechnologyArea.PRICING, 14);
        weights.put(TechnologyArea.PAYMENTS, 10);
        weights.put(TechnologyArea.LOGISTICS_SUPPLY_CHAIN, 10);
        weights.put(TechnologyArea.DATA, 12);
        weights.put(TechnologyArea.OTHER, 8);
        return weights;
    }
}
