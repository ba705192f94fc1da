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
    /** Issued before findings were worded by rule and ground (V17); kept so those rulings still read, never issued now. */
    PRESUMPTION_APPLIED(DocumentForm.FINDING),
    PRESUMPTION_NOT_APPLIED(DocumentForm.FINDING),
    /**
     * CE art. 48 para. 1: the content of the document, as the applicant asserts it, is found true. Like every
     * presumption, a finding the court 可以认定 for its judgment, not a separate ruling.
     */
    PRESUMPTION_DOCUMENT_CONTENT(DocumentForm.FINDING),
    /** CE art. 48 para. 2 with CPLI art. 113: the fact the applicant asserts the document proves is found true. */
    PRESUMPTION_ASSERTED_FACT(DocumentForm.FINDING),
    /** IPE art. 25 para. 1: the applicant's assertion on the matter the evidence was to prove is presumed to stand. */
    PRESUMPTION_ASSERTION_ON_MATTER(DocumentForm.FINDING),
    /**
     * Patent Law art. 71 para. 4 and its twins: damages set with reference to the rights holder's claim and evidence
     * ("可以参考权利人的主张和提供的证据判定赔偿数额"): the court's finding for the judgment on damages.
     */
    DAMAGES_FOUND(DocumentForm.FINDING),
    /** The judge declines to set damages by reference to the rights holder's claim on that ground. */
    DAMAGES_NOT_BY_REFERENCE(DocumentForm.FINDING);

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
