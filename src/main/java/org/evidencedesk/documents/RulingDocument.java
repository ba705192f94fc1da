package org.evidencedesk.documents;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What a court document says, as printed: a ruling, a notice or a recorded finding on a disclosure request,
 * on the burden of proof or on a presumption. Its form (decided by the ruling package) gives the title, the
 * addressee line and the heading of the operative part.
 *
 * @param court the court's name, e.g. 北京知识产权法院
 * @param caseNumber e.g. (2026)京73民初12号
 * @param claimants the claimants' names, in the order of the case
 * @param respondents the respondents' names
 * @param title the document's title, e.g. 责令提交证据裁定书
 * @param addressee to whom the document goes, e.g. 致申请人：杭州云栈科技有限公司; empty to print none
 * @param paragraphs the reasons, one paragraph each; a newline inside one forces a line break
 * @param operativeHeading the heading of the operative part, e.g. 裁定如下：
 * @param decision what the court decides, notifies or finds, printed under that heading
 * @param judge the name of the judge who rules
 * @param date the day of the ruling in the court's time zone
 * @param locale the language of the labels (the texts are printed as given)
 * @param legalBasis the rule applied, as the statute's name and article followed by the rule id@version;
 *        empty to print none
 */
public record RulingDocument(String court, String caseNumber, List<String> claimants, List<String> respondents,
        String title, String addressee, List<String> paragraphs, String operativeHeading, String decision, String judge,
        LocalDate date, Locale locale, String legalBasis) {

    public RulingDocument {
        Objects.requireNonNull(court, "court");
        Objects.requireNonNull(caseNumber, "caseNumber");
        claimants = List.copyOf(claimants);
        respondents = List.copyOf(respondents);
        Objects.requireNonNull(title, "title");
        addressee = addressee == null ? "" : addressee;
        paragraphs = List.copyOf(paragraphs);
        Objects.requireNonNull(operativeHeading, "operativeHeading");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(judge, "judge");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(locale, "locale");
        legalBasis = legalBasis == null ? "" : legalBasis;
    }
}
