package org.evidencedesk.disclosure;

import static org.evidencedesk.disclosure.NonComplianceGround.*;

import java.util.EnumSet;
import java.util.Set;
import org.evidencedesk.rules.RuleSet;
import org.evidencedesk.ruling.RulingKind;
import org.evidencedesk.shared.BusinessException;

/**
 * What the law lets the judge find when an order is not complied with, by the rule the request rests on. Each finding
 * is the judge's to make or decline, with reasons; the request never presumes anything by itself.
 */
public enum NonComplianceLaw {

    /**
     * CE art. 48. Para. 1: "控制书证的当事人无正当理由拒不提交书证的，人民法院可以认定对方当事人所主张的书证内容为真实"
     * (also CPLI art. 112 para. 2): a refusal reaches only the CONTENT of the document as the applicant asserts it.
     * Para. 2: only where the holder destroyed the document or made it unusable (CPLI art. 113) "可以认定对方当事人
     * 主张以该书证证明的事实为真实": the FACT. Art. 48 says nothing of a false document, so no challenge on that ground.
     */
    CE_48(EnumSet.of(DESTROYED, MADE_UNUSABLE)) {
        @Override
        public RulingKind finding(NonComplianceGround ground) {
            return ground.obstructsUse() ? RulingKind.PRESUMPTION_ASSERTED_FACT : RulingKind.PRESUMPTION_DOCUMENT_CONTENT;
        }
    },

    /**
     * IPE art. 25 para. 1, for all kinds of evidence in IP cases: for every one of its grounds alike (拒不提交、提交虚假
     * 证据、毁灭证据或者实施其他致使证据不能使用行为) the court "可以推定对方当事人就该证据所涉证明事项的主张成立": it
     * PRESUMES (推定, not 认定) the applicant's assertion on the matter the evidence was to prove. The ground changes
     * the ruling's narrative, not what may be presumed.
     */
    IPE_25(EnumSet.of(FALSE_EVIDENCE, DESTROYED, MADE_UNUSABLE)) {
        @Override
        public RulingKind finding(NonComplianceGround ground) {
            return RulingKind.PRESUMPTION_ASSERTION_ON_MATTER;
        }
    },

    /**
     * Patent Law art. 71 para. 4, Trademark Law art. 63 para. 2, Copyright Law art. 54 para. 4: "侵权人不提供或者提供
     * 虚假的账簿、资料的，人民法院可以参考权利人的主张和提供的证据判定赔偿数额". Not a burden shift and no presumption
     * of a fact: the judge may set damages with reference to the rights holder's claim and evidence.
     */
    ACCOUNT_BOOKS(EnumSet.of(FALSE_EVIDENCE)) {
        @Override
        public RulingKind finding(NonComplianceGround ground) {
            return RulingKind.DAMAGES_FOUND;
        }

        @Override
        public RulingKind declined() {
            return RulingKind.DAMAGES_NOT_BY_REFERENCE;
        }
    };

    private final Set<NonComplianceGround> challenges;

    NonComplianceLaw(Set<NonComplianceGround> challenges) {
        this.challenges = challenges;
    }

    /**
     * The law a request under the rule follows, as its file says ({@code nonCompliance}); a rule that orders nothing (a
     * burden shift) cannot carry a request. The schema offers only this enum's names.
     */
    public static NonComplianceLaw of(RuleSet rule) {
        if (rule.nonCompliance() == null) {
            throw new BusinessException("disclosure.ruleRequired");
        }
        return valueOf(rule.nonCompliance());
    }

    /** The ruling the judge issues on finding what the law allows on that ground. */
    public abstract RulingKind finding(NonComplianceGround ground);

    /** The ruling the judge issues on declining it. */
    public RulingKind declined() {
        return RulingKind.PRESUMPTION_NOT_APPLIED;
    }

    /** Whether the applicant may challenge a completed production on the ground. */
    public boolean allowsChallenge(NonComplianceGround ground) {
        return challenges.contains(ground);
    }

    public Set<NonComplianceGround> challenges() {
        return EnumSet.copyOf(challenges);
    }

    /** Whether the judge's decision is a finding on damages rather than a presumption. */
    public boolean setsDamages() {
        return this == ACCOUNT_BOOKS;
    }
}
