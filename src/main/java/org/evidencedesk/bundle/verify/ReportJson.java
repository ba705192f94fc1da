package org.evidencedesk.bundle.verify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import org.evidencedesk.shared.CanonicalJson;
import org.evidencedesk.shared.Phrase;

/**
 * A report as JSON, for the verify command's {@code --json} and the API's {@code POST /verify}: the same findings and items as the text, each finding
 * with its words in the reader's language and the phrase behind them (message key and arguments, nested), so a
 * program reads the levels, times and counts of the long-term data without parsing sentences.
 */
public final class ReportJson {

    private ReportJson() {
    }

    public static String render(BundleReport report, ResourceBundle messages) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("subject", report.subject());
        json.put("case", report.caseNumber().orElse(null));
        json.put("passed", report.passed());
        List<Object> findings = new ArrayList<>();
        for (Finding finding : report.findings()) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("check", finding.check());
            one.put("level", finding.level().name());
            one.put("text", finding.detail().render(messages));
            one.put("phrase", phrase(finding.detail()));
            findings.add(one);
        }
        json.put("findings", findings);
        List<Object> items = new ArrayList<>();
        for (ItemReport item : report.items()) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("exhibit", item.exhibit());
            one.put("file", item.file());
            one.put("passed", item.passed());
            one.put("present", item.present());
            one.put("hashMatches", item.hashMatches());
            one.put("tokenValid", item.tokenValid());
            one.put("tokenTime", item.tokenTime().map(Object::toString).orElse(null));
            one.put("receiptValid", item.receiptValid());
            one.put("problems", item.problems().stream().map(problem -> problem.render(messages)).toList());
            item.receiptLongTerm().ifPresent(longTerm -> {
                one.put("receiptLongTerm", longTerm.render(messages));
                one.put("receiptLongTermPhrase", phrase(longTerm));
            });
            items.add(one);
        }
        json.put("items", items);
        if (report.reportsLongTermData()) {
            json.put("longTermNote", ReportText.message(messages, "verify.longTermHint"));
        }
        return CanonicalJson.write(json) + "\n";
    }

    private static Map<String, Object> phrase(Phrase phrase) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("key", phrase.key());
        json.put("arguments", phrase.arguments().stream()
                .map(argument -> argument instanceof Phrase nested ? phrase(nested) : argument).toList());
        return json;
    }
}
