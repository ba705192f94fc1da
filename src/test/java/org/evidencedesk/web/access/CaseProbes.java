package org.evidencedesk.web.access;

import static org.evidencedesk.web.access.MatrixObjects.REFUSED_CASE;
import static org.evidencedesk.web.access.MatrixObjects.SAME_COURT_CASE;
import static org.evidencedesk.web.access.MatrixObjects.SCRATCH_CASE;
import static org.evidencedesk.web.access.MatrixObjects.TRADE_SECRET_CASE;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evidencedesk.web.access.Attempts.Opened;
import org.evidencedesk.web.access.Attempts.Post;

/**
 * The actions on cases: filing (and the filing form's party rows), the case list's filters, a case's steps, its
 * members, a correction of its record, and custody checkpoints, also posted from one case's page naming another.
 */
public final class CaseProbes {

    private static final Pattern PARTY_ROW = Pattern.compile("name=\"filing:sides:\\d+:rows:\\d+:name\"");
    private static final Pattern SEARCH = Pattern.compile("name=\"filters:search\"[^>]*value=\"([^\"]*)\"");

    private final Matrix matrix;
    private final Attempts attempts;

    public CaseProbes(Matrix matrix, Attempts attempts) {
        this.matrix = matrix;
        this.attempts = attempts;
    }

    public void register(Map<String, Probe> probes) throws Exception {
        MatrixObjects objects = matrix.objects();
        DeskPages desk = matrix.desk();
        long tradeSecret = objects.id(TRADE_SECRET_CASE);
        long scratch = objects.id(SCRATCH_CASE);
        long sameCourt = objects.id(SAME_COURT_CASE);
        String word = "matrixfiling" + objects.suffix();
        String demoCourt = desk.courtOption("Beijing Intellectual");
        probes.put("ACTION filingPage.file a case at the demo court", who -> attempts.attempt(who, Post.on("cases/new.xhtml",
                "filing", "submit", DeskPages.caseForm("Matrix filing " + word, demoCourt)), () -> "cases found: " + desk.casesFound(word)));
        probes.put("ACTION form.add a party row to the filing form", who -> partyRows(who, "sides:0:add"));
        probes.put("ACTION form.remove a party row from the filing form", who -> partyRows(who, "sides:0:rows:0:remove"));
        probes.put("ACTION casesPage.reset the case list's filters", this::resetFilters);
        probes.put("ACTION casePage.take ACCEPT of {scratch case}", who -> step(who, scratch, "ACCEPT", Map.of(),
                () -> "status " + DeskPages.textOf(clerkCasePage(scratch), "case-status")));
        probes.put("ACTION casePage.take RECORD_SERVICE of {scratch case}", who -> step(who, scratch, "RECORD_SERVICE",
                Map.of("partyDate", today().toString()),
                () -> "status " + DeskPages.textOf(clerkCasePage(scratch), "case-status")));
        probes.put("ACTION casePage.take RECORD_EXTENSION_APPLICATION of {trade-secret case}", who -> step(who, tradeSecret,
                "RECORD_EXTENSION_APPLICATION", Map.of("partyDate", today().toString()),
                () -> "extension application " + DeskPages.textOf(clerkCasePage(tradeSecret), "extension-application")));
        long toRefuse = objects.id(REFUSED_CASE);
        probes.put("ACTION casePage.take REFUSE of {case to refuse}", who -> step(who, toRefuse, "REFUSE",
                Map.of("reason", "The complaint names no defendant the court can identify."),
                () -> "status " + DeskPages.textOf(clerkCasePage(toRefuse), "case-status")));
        probes.put("ACTION casePage.take RECORD_DECISION_SERVICE of {case to refuse}", who -> step(who, toRefuse,
                "RECORD_DECISION_SERVICE", Map.of("partyDate", today().toString()), () -> events(toRefuse, "DECISION_SERVED")));
        probes.put("ACTION casePage.take RECORD_APPEAL of {case to refuse}", who -> step(who, toRefuse, "RECORD_APPEAL",
                Map.of("partyDate", today().toString()), () -> "status " + DeskPages.textOf(clerkCasePage(toRefuse), "case-status")
                        + ", " + events(toRefuse, "APPEALED")));
        probes.put("ACTION caseEditPage.save a correction of {scratch case}", who -> correction(who, scratch));
        probes.put("ACTION casePage.addMember to {scratch case}", who -> attempts.attempt(who,
                Post.on("cases/view.xhtml?tab=members&id=" + scratch, "tabs:addMember", "submit",
                        Map.of("username", MatrixObjects.newUser(desk, "member"), "role_input", "RESPONDENT_COUNSEL")),
                () -> members(scratch)));
        probes.put("ACTION casePage.removeMember from {scratch case}", who -> removeMember(who, scratch));
        probes.put("ACTION casePage.addNewRespondentCounsel to {scratch case}", who -> attempts.attempt(who,
                Post.on("cases/view.xhtml?tab=members&id=" + scratch, "tabs:newCounsel", "submit", Map.of(
                        "username", "matrix-new-" + who.column() + "-" + objects.suffix(), "name", "Matrix new counsel",
                        "email", "", "password", MatrixObjects.USER_PASSWORD)),
                () -> members(scratch)));
        probes.put("ACTION casePage.checkpoint of {trade-secret case}", who -> attempts.attempt(who,
                Post.on("cases/view.xhtml?tab=custody&id=" + tradeSecret, "tabs:custodyActions", "checkpoint"),
                () -> "checkpoints " + desk.custodyEntries(tradeSecret, "CHECKPOINT", null)));
        probes.put("ACTION casePage.checkpoint posted from the page of {trade-secret case} naming {case of the same court, unassigned}",
                who -> attempts.attempt(who, new Post("cases/view.xhtml?tab=custody&id=" + tradeSecret, "cases/view.xhtml?id=" + sameCourt,
                        "tabs:custodyActions", "checkpoint", Map.of()),
                        () -> "checkpoints of the other case " + desk.custodyEntries(sameCourt, "CHECKPOINT", null)));
    }

    private String clerkCasePage(long caseId) throws Exception {
        return clerkCasePage(caseId, "overview");
    }

    /** The case page as the clerk reads it, opened on a tab: the page renders only the tab it opens on. */
    private String clerkCasePage(long caseId, String tab) throws Exception {
        return matrix.client(Capacity.CLERK).get("cases/view.xhtml?tab=" + tab + "&id=" + caseId).body();
    }

    /** How often the case's timeline, as the clerk reads it, shows an event of the type (by its English label). */
    private String events(long caseId, String type) throws Exception {
        String label = switch (type) {
            case "DECISION_SERVED" -> "Decision served on a party";
            case "APPEALED" -> "Appeal lodged by a party";
            default -> throw new IllegalArgumentException(type);
        };
        return type + " events " + Pattern.compile(Pattern.quote(label)).matcher(clerkCasePage(caseId, "timeline")).results().count();
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    /** The usernames in the case's members table, as the clerk reads it. */
    private String members(long caseId) throws Exception {
        String page = clerkCasePage(caseId, "members");
        int start = page.indexOf("id=\"tabs:members\"");
        String table = page.substring(start, page.indexOf("</table>", start));
        return "members " + Pattern.compile("\\(([^)<]+)\\)</td>").matcher(table).results().map(match -> match.group(1)).toList();
    }

    /** A party row added to or removed from the filing form comes back in the page (the form lives in the view). */
    private Observed partyRows(Capacity who, String button) throws Exception {
        Opened opened = attempts.open(who, Post.on("cases/new.xhtml", "filing", button));
        if (!opened.isOpen()) {
            return opened.answer();
        }
        long before = PARTY_ROW.matcher(opened.page().body()).results().count();
        HttpResponse<String> answer = matrix.client(who).submitAjax(opened.page(), "filing", "filing:" + button,
                "filing:partiesArea", "filing:partiesArea", Map.of());
        return Attempts.judged(answer, "party rows " + before, "party rows " + PARTY_ROW.matcher(answer.body()).results().count());
    }

    /** The list's filters live in the view: reset, the search field comes back empty. */
    private Observed resetFilters(Capacity who) throws Exception {
        Opened opened = attempts.open(who, Post.on("cases/list.xhtml?q=lianxin", "filters", "reset"));
        if (!opened.isOpen()) {
            return opened.answer();
        }
        HttpResponse<String> answer = matrix.client(who).submitAjax(opened.page(), "filters", "filters:reset", "filters:reset",
                "filters list:cases", Map.of());
        return Attempts.judged(answer, "search '" + DeskPages.group(SEARCH, opened.page().body()).orElse("") + "'",
                "search '" + DeskPages.group(SEARCH, answer.body()).orElse("") + "'");
    }

    /**
     * A case step is one button among the page's steps (a row of a repeat, each its own ajax button); a step the page
     * does not offer has no button to post.
     */
    private Observed step(Capacity who, long caseId, String step, Map<String, String> inputs, Callable<String> state) throws Exception {
        String before = state.call();
        Opened opened = attempts.open(who, Post.on("cases/view.xhtml?id=" + caseId, "steps", "list:0:submit"));
        if (!opened.isOpen()) {
            return opened.answer();
        }
        Matcher button = Pattern.compile("name=\"steps:list:(\\d+):submit\"[^>]*ed-step-" + step + "\\b|ed-step-" + step
                + "\\b[^>]*name=\"steps:list:(\\d+):submit\"").matcher(opened.page().body());
        if (!button.find()) {
            return Observed.as(Outcome.REFUSED, "the page does not offer " + step + ", " + before + " unchanged");
        }
        String index = button.group(1) != null ? button.group(1) : button.group(2);
        Map<String, String> fields = new LinkedHashMap<>();
        inputs.forEach((name, value) -> fields.put("list:" + index + ":" + name, value));
        // A step that names a party submits the first one its menu offers, as the browser does.
        Matcher party = Pattern.compile("name=\"steps:list:" + index + ":party_input\"[^>]*>[^<]*<option[^>]*\\bvalue=\"(\\d+)\"")
                .matcher(opened.page().body());
        if (party.find()) {
            fields.putIfAbsent("list:" + index + ":party_input", party.group(1));
        }
        HttpResponse<String> answer = matrix.client(who).submitAjax(opened.page(), "steps", "steps:list:" + index + ":submit",
                "steps:list:" + index + ":step", "steps", fields);
        return Attempts.judged(answer, before, state.call());
    }

    /** A correction of the record, read back as the corrected relief on the clerk's case page. */
    private Observed correction(Capacity who, long caseId) throws Exception {
        String relief = "An injunction, as corrected by " + who.column() + " " + System.nanoTime() + ".";
        Callable<String> corrected = () -> "relief corrected " + clerkCasePage(caseId).contains(relief);
        Opened opened = attempts.open(who, Post.on("cases/edit.xhtml?id=" + caseId, "edit", "save"));
        if (!opened.isOpen()) {
            return opened.answer();
        }
        String before = corrected.call();
        Map<String, String> form = DeskPages.caseForm(DeskPages.textOf(clerkCasePage(caseId), "case-title"), "");
        form.remove("court_input");
        form.put("relief", relief);
        HttpResponse<String> answer = matrix.client(who).submitForm(opened.page(), "edit", "save", form);
        return Attempts.judged(answer, before, corrected.call());
    }

    /** The clerk adds a member for the capacity to remove; each member row has its own remove form, offered to the clerk only. */
    private Observed removeMember(Capacity who, long caseId) throws Exception {
        String member = MatrixObjects.newUser(matrix.desk(), "removable");
        HttpResponse<String> added = DeskPages.post(matrix.client(Capacity.CLERK), "cases/view.xhtml?tab=members&id=" + caseId,
                "tabs:addMember", "submit", Map.of("username", member, "role_input", "RESPONDENT_COUNSEL"));
        DeskPages.require(added.statusCode() == 302, "the clerk adding " + member, added);
        String before = members(caseId);
        Opened opened = attempts.open(who, Post.on("cases/view.xhtml?tab=members&id=" + caseId, "tabs:members:0:remove", "remove"));
        if (!opened.isOpen()) {
            return opened.answer();
        }
        int row = memberRow(opened.page().body(), member);
        if (row < 0 || !opened.page().body().contains("name=\"tabs:members:" + row + ":remove:remove\"")) {
            return Observed.as(Outcome.REFUSED, "the page offers no removal of " + member + ", " + before + " unchanged");
        }
        HttpResponse<String> answer = matrix.client(who).submitForm(opened.page(), "tabs:members:" + row + ":remove", "remove",
                Map.of());
        return Attempts.judged(answer, before, members(caseId));
    }

    private static int memberRow(String page, String member) {
        Matcher row = Pattern.compile("<tr data-ri=\"(\\d+)\"[^>]*>(?:(?!</tr>).)*\\(" + Pattern.quote(member) + "\\)", Pattern.DOTALL)
                .matcher(page.substring(Math.max(0, page.indexOf("id=\"tabs:members\""))));
        return row.find() ? Integer.parseInt(row.group(1)) : -1;
    }
}
