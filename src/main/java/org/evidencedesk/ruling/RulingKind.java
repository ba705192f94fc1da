package org.evidencedesk.ruling;

/**
 * What a ruling decides; each names its subject (a disclosure request or a fact in issue) and declares the
 * {@link DocumentForm} the law gives the document that records it.
 */
public enum RulingKind {
    /** IPE art. 24: 人民法院应当作出裁定，责令其提交. */
    DISCLOSURE_GRANTED(DocumentForm.RULING),
    /** CE art. 46 para. 3: 理由不成立的，通知申请人. */
    DISCLOSURE_DENIED(DocumentForm.NOTICE),
    /** CE art. 50: the allocation of the burden is told in a 举证通知书. */
    BURDEN_SHIFTED(DocumentForm.EVIDENCE_NOTICE),
    BURDEN_NOT_SHIFTED(DocumentForm.EVIDENCE_NOTICE),
    /** CE art. 48, IPE art. 25: the court 可以认定 / 可以推定, a finding for its judgment. */
    PRESUMPTION_APPLIED(DocumentForm.FINDING),
    PRESUMPTION_NOT_APPLIED(DocumentForm.FINDING);

    private final DocumentForm form;

    RulingKind(DocumentForm form) {
        this.form = form;
    }

    /** The form of the court document that records a decision of this kind. */
    public DocumentForm form() {
        return form;
    }

    /** Whether the ruling's subject is a disclosure request (otherwise a fact in issue). */
    public boolean concernsDisclosure() {
        return this != BURDEN_SHIFTED && this != BURDEN_NOT_SHIFTED;
    }

    /** The document's title, which carries its form's name (e.g. 责令提交证据裁定书). */
    public String messageKey() {
        return "rulingKind." + name();
    }

    /** The message key of the decision's operative sentence, with the subject's details as arguments. */
    public String decisionKey() {
        return "rulingDecision." + name();
    }
}
