package org.evidencedesk.dispute;

import java.util.EnumSet;
import java.util.Set;

/**
 * A first-instance decision that the parties may appeal, with its appeal period and who may appeal it. CPL art. 157
 * para. 2 makes only three rulings appealable (不予受理, 对管辖权有异议的, 驳回起诉); of these the case records
 * refusal to accept and dismissal of the suit. Judgments are appealable by either side (CPL art. 171).
 */
public enum AppealableDecision {

    /** 判决: 15 days from service (CPL art. 171 para. 1). */
    JUDGMENT(StatutoryPeriod.APPEAL_JUDGMENT, EnumSet.of(Side.CLAIMANT, Side.RESPONDENT)),
    /** 驳回起诉的裁定: 10 days from service (CPL art. 171 para. 2). */
    DISMISSAL(StatutoryPeriod.APPEAL_RULING, EnumSet.of(Side.CLAIMANT, Side.RESPONDENT)),
    /**
     * 不予受理的裁定: "原告对裁定不服的，可以提起上诉" (CPL art. 126): only the claimant, 10 days (CPL art. 171
     * para. 2); no one has been served as a respondent yet.
     */
    REFUSAL(StatutoryPeriod.APPEAL_RULING, EnumSet.of(Side.CLAIMANT));

    private final StatutoryPeriod period;
    private final Set<Side> appellants;

    AppealableDecision(StatutoryPeriod period, Set<Side> appellants) {
        this.period = period;
        this.appellants = appellants;
    }

    public boolean mayBeAppealedBy(Party party) {
        return appellants.contains(party.getSide());
    }

    /**
     * Each party's own period: 15 or 10 days for a party with a domicile in China, 30 for one without (CPLI art. 536,
     * which points to CPL art. 171 and to the foreign-related article, art. 286 of the 2023 text).
     */
    public StatutoryPeriod appealPeriodFor(Party party) {
        return party.isDomiciledInChina() ? period : StatutoryPeriod.APPEAL_NO_DOMICILE;
    }
}
