package org.evidencedesk.bundle.verify;

import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** A report as plain text, for the verify command; the page renders the same report in HTML. */
final class ReportText {

    private ReportText() {
    }

    static String render(BundleReport report, ResourceBundle messages) {
        StringBuilder text = new StringBuilder();
        text.append(message(messages, "verify.report.subject")).append(": ").append(report.subject());
        report.caseNumber().ifPresent(number -> text.append(" (").append(message(messages, "verify.report.case")).append(' ')
                .append(number).append(')'));
        text.append("\n\n");
        for (Finding finding : report.findings()) {
            text.append(String.format("%-5s %s: %s%n", finding.level(), message(messages, "verify.check." + finding.check()),
                    finding.detail()));
        }
        if (!report.items().isEmpty()) {
            text.append('\n').append(message(messages, "verify.report.items")).append('\n');
        }
        for (ItemReport item : report.items()) {
            text.append(String.format("%-5s %s  %s%n", item.passed() ? "PASS" : "FAIL", item.exhibit(), item.file()));
            text.append("      ").append(message(messages, "verify.item.present")).append(' ').append(yes(item.present()))
                    .append(", ").append(message(messages, "verify.item.hash")).append(' ').append(yes(item.hashMatches()))
                    .append(", ").append(message(messages, "verify.item.token")).append(' ').append(yes(item.tokenValid()))
                    .append(item.tokenTime().map(time -> " (" + time + ")").orElse(""))
                    .append(", ").append(message(messages, "verify.item.receipt")).append(' ').append(yes(item.receiptValid()))
                    .append('\n');
            item.problems().forEach(problem -> text.append("      - ").append(problem).append('\n'));
        }
        text.append('\n').append(message(messages, report.passed() ? "verify.report.passed" : "verify.report.failed")).append('\n');
        return text.toString();
    }

    private static String yes(boolean passed) {
        return passed ? "ok" : "FAILED";
    }

    private static String message(ResourceBundle messages, String key) {
        try {
            return messages.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
