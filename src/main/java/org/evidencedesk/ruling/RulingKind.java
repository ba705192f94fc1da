package org.evidencedesk.ruling;

/** What a ruling decides; each names its subject (a disclosure request or a fact in issue). */
public enum RulingKind {
    DISCLOSURE_GRANTED, DISCLOSURE_DENIED, BURDEN_SHIFTED, BURDEN_NOT_SHIFTED,
    /** Issued before findings were worded by rule and ground (V17); kept so those rulings still read, never issued now. */
    PRESUMPTION_APPLIED,
    PRESUMPTION_NOT_APPLIED,
    /** CE art. 48 para. 1: the content of the document, as the applicant asserts it, is found true. */
    PRESUMPTION_DOCUMENT_CONTENT,
    /** CE art. 48 para. 2 with CPLI art. 113: the fact the applicant asserts the document proves is found true. */
    PRESUMPTION_ASSERTED_FACT,
    /** IPE art. 25 para. 1: the applicant's assertion on the matter the evidence was to prove is presumed to stand. */
    PRESUMPTION_ASSERTION_ON_MATTER,
    /** Patent Law art. 71 para. 4 and its twins: damages set with reference to the rights holder's claim and evidence. */
    DAMAGES_FOUND,
    /** The judge declines to set damages by reference to the rights holder's claim on that ground. */
    DAMAGES_NOT_BY_REFERENCE;

    /** Whether the ruling's subject is a disclosure request (otherwise a fact in issue). */
    public boolean concernsDisclosure() {
        return this != BURDEN_SHIFTED && this != BURDEN_NOT_SHIFTED;
    }

    public String messageKey() {
        return "rulingKind." + name();
    }

    /** The message key of the decision's operative sentence, with the subject's details as arguments. */
    public String decisionKey() {
        return "rulingDecision." + name();
    }
}
