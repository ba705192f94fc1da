package org.evidencedesk.bundle.verify;

import java.text.MessageFormat;
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
            text.append(String.format("%-5s %s: %s%n", level(messages, finding.levelName()),
                    message(messages, "verify.check." + finding.check()), finding.detail().render(messages)));
        }
        if (!report.items().isEmpty()) {
            text.append('\n').append(message(messages, "verify.report.items")).append('\n');
        }
        for (ItemReport item : report.items()) {
            text.append(String.format("%-5s %s  %s%n", level(messages, item.passed() ? "pass" : "fail"), item.exhibit(), item.file()));
            text.append("      ").append(message(messages, "verify.item.present")).append(' ').append(yes(messages, item.present()))
                    .append(", ").append(message(messages, "verify.item.hash")).append(' ').append(yes(messages, item.hashMatches()))
                    .append(", ").append(message(messages, "verify.item.token")).append(' ').append(yes(messages, item.tokenValid()))
                    .append(item.tokenTime().map(time -> " (" + time + ")").orElse(""))
                    .append(", ").append(message(messages, "verify.item.receipt")).append(' ').append(yes(messages, item.receiptValid()))
                    .append('\n');
            item.problems().forEach(problem -> text.append("      - ").append(problem.render(messages)).append('\n'));
            item.receiptLongTerm().ifPresent(longTerm -> text.append("      ").append(message(messages, "verify.item.longTerm"))
                    .append(' ').append(longTerm.render(messages)).append('\n'));
        }
        if (report.reportsLongTermData()) {
            text.append('\n').append(message(messages, "verify.longTermHint")).append('\n');
        }
        text.append('\n').append(message(messages, report.passed() ? "verify.report.passed" : "verify.report.failed")).append('\n');
        return text.toString();
    }

    /** The level as the command prints it: PASS, NOTE, FAIL in English, its own words in Chinese. */
    private static String level(ResourceBundle messages, String level) {
        return message(messages, "verify.command.level." + level);
    }

    private static String yes(ResourceBundle messages, boolean passed) {
        return message(messages, passed ? "verify.command.ok" : "verify.command.notOk");
    }

    static String message(ResourceBundle messages, String key, Object... arguments) {
        try {
            String pattern = messages.getString(key);
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, messages.getLocale()).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
