package org.evidencedesk.web.access;

import static org.evidencedesk.web.access.MatrixObjects.CLAIMANT_COURT_ONLY;
import static org.evidencedesk.web.access.MatrixObjects.RESPONDENT_COURT_ONLY;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.evidencedesk.web.access.Attempts.Opened;
import org.evidencedesk.web.access.Attempts.Post;

/**
 * A search among the items a form offers counsel to link (the burden ledger's, a disclosure application's
 * preliminary evidence), typed as the browser sends it and judged by what the answer offers. It searches the matrix
 * run's suffix, which the titles of the matrix's items carry on both sides, the other side's court-only item among
 * them: a search that works offers the court-only item of the capacity's own side, nothing of the other side's and
 * nothing the capacity may not see; the court, which acts for no side, is offered nothing.
 */
final class OwnItemSearch {

    /** The exhibit number that starts a choice's label ("P-003 · title"). */
    private static final Pattern OFFERED = Pattern.compile("\\b([A-Z]-\\d+) (?:·|&middot;|&#183;)");

    /**
     * Where the search is: the form, its search input, what the input's ajax processes (client ids), and the list of
     * choices it updates, with the tag that ends that list's markup.
     */
    record Field(String form, String input, String execute, String list, String listEnd) {
    }

    private final Matrix matrix;
    private final Attempts attempts;
    private final Answers answers;

    OwnItemSearch(Matrix matrix, Attempts attempts, Answers answers) {
        this.matrix = matrix;
        this.attempts = attempts;
        this.answers = answers;
    }

    /** Opens the page as the capacity, types the search and judges the choices before and after. */
    Observed search(Capacity who, String page, Field field) throws Exception {
        Opened opened = attempts.open(who, Post.on(page, field.form(), field.input()));
        if (!opened.isOpen()) {
            return opened.answer();
        }
        String list = field.form() + ":" + field.list();
        HttpResponse<String> answer = matrix.client(who).submitBehavior(opened.page(), field.form(), field.form() + ":" + field.input(),
                "keyup", field.execute(), list, Map.of(field.input(), matrix.objects().suffix()));
        List<String> before = offered(opened.page().body(), list, field.listEnd());
        List<String> after = offered(answer.body(), list, field.listEnd());
        List<String> leaks = answers.leaks(who, answer.body());
        if (!leaks.isEmpty()) {
            return Observed.unexpected("the search betrays to " + who.column() + ": " + String.join("; ", leaks));
        }
        Optional<String> own = ownItem(who).map(name -> matrix.objects().item(name).exhibit());
        String side = own.map(exhibit -> exhibit.substring(0, 2)).orElse(null);
        List<String> foreign = after.stream().filter(exhibit -> side == null || !exhibit.startsWith(side)).toList();
        if (!foreign.isEmpty()) {
            return Observed.unexpected("the search offers " + foreign + ", which are not " + who.column() + "'s side's to link");
        }
        if (own.isPresent() && !after.equals(before) && !after.contains(own.get())) {
            return Observed.unexpected("the search does not offer " + own.get() + ", " + who.column() + "'s side's; offers " + after);
        }
        return Attempts.judged(answer, "offers " + before, "offers " + after);
    }

    /** The court-only item of the capacity's side, which the search must find; none for those who act for no side. */
    private static Optional<String> ownItem(Capacity who) {
        return switch (who) {
            case CLAIMANT_NAMED, CLAIMANT_UNNAMED -> Optional.of(CLAIMANT_COURT_ONLY);
            case RESPONDENT -> Optional.of(RESPONDENT_COURT_ONLY);
            default -> Optional.empty();
        };
    }

    /** The exhibit numbers the list offers, in its order; none if the text has no such list. */
    private static List<String> offered(String text, String list, String listEnd) {
        int start = text.indexOf("id=\"" + list + "\"");
        if (start < 0) {
            return List.of();
        }
        int end = text.indexOf(listEnd, start);
        return OFFERED.matcher(text.substring(start, end < 0 ? text.length() : end)).results().map(match -> match.group(1)).toList();
    }
}
