package org.evidencedesk.documents;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What a ruling says, as printed: the court's ruling on a disclosure request, on shifting the burden
 * of proof or on a presumption.
 *
 * @param court the court's name, e.g. 北京知识产权法院
 * @param caseNumber e.g. (2026)京73民初12号
 * @param claimants the claimants' names, in the order of the case
 * @param respondents the respondents' names
 * @param title the ruling's title, e.g. "Ruling on the request for disclosure"
 * @param paragraphs the reasons, one paragraph each; a newline inside one forces a line break
 * @param decision what the court decides, printed under its own heading
 * @param judge the name of the judge who rules
 * @param date the day of the ruling in the court's time zone
 * @param locale the language of the labels (the texts are printed as given)
 * @param legalBasis the rule applied as rule id@version, e.g. {@code IPE-24@1}; empty to print none
 */
public record RulingDocument(String court, String caseNumber, List<String> claimants, List<String> respondents,
        String title, List<String> paragraphs, String decision, String judge, LocalDate date, Locale locale,
        String legalBasis) {

    public RulingDocument {
        Objects.requireNonNull(court, "court");
        Objects.requireNonNull(caseNumber, "caseNumber");
        claimants = List.copyOf(claimants);
        respondents = List.copyOf(respondents);
        Objects.requireNonNull(title, "title");
        paragraphs = List.copyOf(paragraphs);
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(judge, "judge");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(locale, "locale");
        legalBasis = legalBasis == null ? "" : legalBasis;
    }
}
