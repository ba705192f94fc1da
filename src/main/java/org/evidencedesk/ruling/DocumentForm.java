package org.evidencedesk.ruling;

/**
 * The form the law gives a court document, which decides what it is called, to whom it is addressed and how
 * its operative part is headed. The court rules (裁定) only where a text provides a ruling; elsewhere it
 * notifies, or records a finding it will apply in its judgment. The table in docs/user-guide.md says why for each kind.
 */
public enum DocumentForm {

    /**
     * 裁定书. IPE art. 24: 申请理由成立的，人民法院应当作出裁定，责令其提交 (also CE art. 46 para. 3). Addressed to
     * the parties, operative part 裁定如下.
     */
    RULING(false),

    /**
     * 通知书 to the applicant alone. CE art. 46 para. 3: 理由不成立的，通知申请人 — a refused application is notified,
     * not ruled on.
     */
    NOTICE(true),

    /**
     * 举证通知书. CE art. 50: it states 举证责任的分配原则和要求; CPLI art. 99 has the court set the evidence period in
     * the same preparatory stage. How the burden lies on a fact is told to the parties in this form, not by a
     * 裁定书, which no text provides for it.
     */
    EVIDENCE_NOTICE(false),

    /**
     * The judge's recorded finding, notified to the parties. CE art. 48 and IPE art. 25 say the court 可以认定 /
     * 可以推定: a presumption is a finding the court applies in its judgment, not a separate ruling.
     */
    FINDING(false);

    private final boolean addressedToApplicant;

    DocumentForm(boolean addressedToApplicant) {
        this.addressedToApplicant = addressedToApplicant;
    }

    /** Whether the document goes to the applicant alone (whose names it then prints), not to every party. */
    public boolean addressedToApplicant() {
        return addressedToApplicant;
    }

    /** The name of the document, e.g. 裁定书; every title of a kind in this form carries it. */
    public String nameKey() {
        return "documentForm." + name();
    }

    /** The addressee line; {0} is the applicant's names when {@link #addressedToApplicant()}. */
    public String addresseeKey() {
        return "documentForm." + name() + ".addressee";
    }

    /** The heading of the operative part, e.g. 裁定如下. */
    public String headingKey() {
        return "documentForm." + name() + ".heading";
    }
}
