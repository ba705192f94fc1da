package org.evidencedesk.web.access;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.evidencedesk.support.SharedServer;
import org.evidencedesk.support.WebClient;
import org.evidencedesk.support.WebClient.OpenPage;

/**
 * Evidence Desk driven through its own pages, as the capacities of the access matrix: what the matrix's setup
 * creates its objects with, and what its probes read the state back with. Every step goes through the page a
 * person would use; a step that does not answer as it should stops the setup with the page's answer.
 */
public final class DeskPages {

    public static final String RULE = "ipe-24-26@1";
    private static final Pattern CASE_LINK = Pattern.compile("cases/view\\.xhtml\\?id=(\\d+)\"[^>]*>([^<]*)</a>");
    private static final Pattern ITEM_LINK = Pattern.compile("item\\.xhtml\\?id=(\\d+)");
    private static final Pattern REQUEST_ID = Pattern.compile("request\\.xhtml\\?id=(\\d+)");
    private static final Pattern REQUEST_STATUS = Pattern.compile("id=\"request-status\"[^>]*ed-request-([A-Z_]+)");
    private static final Pattern ITEM_STATUS = Pattern.compile("id=\"item-status\"[^>]*><span class=\"ui-tag-value\">([^<]*)<");
    private static final Pattern H1 = Pattern.compile("<h1>([^<]*)</h1>");
    private static final Pattern MESSAGE = Pattern.compile("ui-messages-(?:error|warn|info)-summary\">([^<]*)<");
    private static final ZoneId COURT_ZONE = ZoneId.of("Asia/Shanghai");

    private final Map<Capacity, WebClient> clients;

    public DeskPages(Map<Capacity, WebClient> clients) {
        this.clients = clients;
    }

    public WebClient as(Capacity capacity) {
        return clients.get(capacity);
    }

    /** A client of its own for a user outside the matrix (created by the setup), logged in. */
    public static WebClient loggedIn(String username, String password) throws Exception {
        WebClient client = new WebClient(SharedServer.baseUrl());
        HttpResponse<String> login = client.login(username, password);
        require(login.statusCode() == 302, "login of " + username, login);
        return client;
    }

    // ---- reading pages -------------------------------------------------------------------------------------

    /** The id of the case the clerk finds with the word. */
    public long caseIdTitled(String word) throws Exception {
        String list = as(Capacity.CLERK).get("cases/list.xhtml?q=" + word.toLowerCase()).body();
        Matcher link = CASE_LINK.matcher(list);
        require(link.find(), "a case found by '" + word + "' in the clerk's list", list);
        return Long.parseLong(link.group(1));
    }

    /** How many cases the clerk's list finds with the word. */
    public long casesFound(String word) throws Exception {
        return CASE_LINK.matcher(as(Capacity.CLERK).get("cases/list.xhtml?q=" + word.toLowerCase()).body()).results().count();
    }

    /** The items of the case as the reader's case page lists them. */
    public Set<Long> items(WebClient reader, long caseId) throws Exception {
        String page = reader.get("cases/view.xhtml?tab=evidence&id=" + caseId).body();
        return ITEM_LINK.matcher(page).results().map(match -> Long.parseLong(match.group(1)))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The id of the item with this exhibit number on the clerk's case page. */
    public long itemByExhibit(long caseId, String exhibit) throws Exception {
        String page = as(Capacity.CLERK).get("cases/view.xhtml?tab=evidence&id=" + caseId).body();
        Matcher link = Pattern.compile("item\\.xhtml\\?id=(\\d+)\"[^>]*>" + Pattern.quote(exhibit) + "<").matcher(page);
        require(link.find(), "exhibit " + exhibit + " on the clerk's case page", page);
        return Long.parseLong(link.group(1));
    }

    /** How many items the clerk's page of an order lists as produced into it. */
    public long producedInto(long orderId) throws Exception {
        return ITEM_LINK.matcher(as(Capacity.CLERK).get("disclosure/request.xhtml?id=" + orderId).body()).results().count();
    }

    /**
     * How many requests seek this evidence, on the clerk's case page and, for counsel, on their own (a draft is
     * listed only on its author's side's page).
     */
    public long requestsSeeking(Capacity who, long caseId, String evidenceSought) throws Exception {
        Map<Long, String> rows = new LinkedHashMap<>(requests(caseId));
        if (EnumSet.of(Capacity.CLAIMANT_NAMED, Capacity.CLAIMANT_UNNAMED, Capacity.RESPONDENT).contains(who)) {
            rows.putAll(requests(who, caseId));
        }
        return rows.values().stream().filter(row -> row.contains(evidenceSought)).count();
    }

    /** An item's page as the reader sees it. */
    public String itemPage(WebClient reader, long itemId) throws Exception {
        return reader.get("evidence/item.xhtml?id=" + itemId).body();
    }

    /** An item's exhibit number, the heading of its page. */
    public String exhibit(WebClient reader, long itemId) throws Exception {
        String page = itemPage(reader, itemId);
        Matcher heading = H1.matcher(page);
        require(heading.find(), "the exhibit number of item " + itemId, page);
        return heading.group(1).strip();
    }

    /** An item's status as the assigned judge reads it on its page. */
    public String itemStatus(long itemId) throws Exception {
        return group(ITEM_STATUS, itemPage(as(Capacity.ASSIGNED_JUDGE), itemId)).orElse("(no status shown)");
    }

    /** A request's status (its enum name) as the reader sees it, or what the page answered instead. */
    public String requestStatus(long requestId, Capacity reader) throws Exception {
        HttpResponse<String> page = as(reader).get("disclosure/request.xhtml?id=" + requestId);
        if (page.statusCode() != 200) {
            return "status " + page.statusCode();
        }
        return group(REQUEST_STATUS, page.body()).orElse("(no status shown)");
    }

    /** The requests listed on the clerk's case page, with the text of each row. */
    public Map<Long, String> requests(long caseId) throws Exception {
        return requests(Capacity.CLERK, caseId);
    }

    /** The requests of the case as one capacity's case page lists them (a draft only on its author's side's). */
    public Map<Long, String> requests(Capacity reader, long caseId) throws Exception {
        String page = as(reader).get("cases/view.xhtml?tab=disclosure&id=" + caseId).body();
        Map<Long, String> rows = new LinkedHashMap<>();
        for (String row : page.split("<tr")) {
            Matcher id = REQUEST_ID.matcher(row);
            if (id.find()) {
                rows.put(Long.parseLong(id.group(1)), row);
            }
        }
        return rows;
    }

    /** How many custody entries of the case record the action (and, if given, are about the item), read as the clerk. */
    public long custodyEntries(long caseId, String action, Long itemId) throws Exception {
        HttpResponse<String> log = as(Capacity.CLERK).get("custody/" + caseId + ".jsonl");
        require(log.statusCode() == 200, "the custody log of case " + caseId + " for the clerk", log);
        return log.body().lines()
                .filter(line -> line.contains("\"action\":\"" + action + "\""))
                .filter(line -> itemId == null || line.contains("\"item\":" + itemId + ",") || line.contains("\"item\":" + itemId + "}"))
                .count();
    }

    /** The first text of the page's messages, for describing what an action answered. */
    public static String message(String page) {
        return group(MESSAGE, page).map(text -> "\"" + text.strip() + "\"").orElse("no message");
    }

    public static Optional<String> group(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /** The text of the element with this id, tags removed (for read-backs of one field). */
    public static String textOf(String page, String id) {
        int start = page.indexOf("id=\"" + id + "\"");
        if (start < 0) {
            return "(no " + id + ")";
        }
        int open = page.indexOf('>', start);
        int close = page.indexOf("</", open);
        return page.substring(open + 1, Math.max(open + 1, close)).replaceAll("<[^>]*>", "").strip();
    }

    // ---- doing things through the pages -------------------------------------------------------------------

    /** Opens the page and posts one of its forms as the browser does (only that form's fields). */
    public static HttpResponse<String> post(WebClient client, String path, String form, String button, Map<String, String> fields)
            throws Exception {
        return client.submitForm(client.open(path), form, button, fields);
    }

    /**
     * Uploads one file as the capacity (into the case, or produced into an order) and submits it with a title
     * and confidentiality level; answers the new item's id, found on the uploader's case page.
     */
    public long upload(WebClient uploader, long caseId, Long orderId, String fileName, String mediaType, byte[] content,
                       String title, String confidentiality) throws Exception {
        Set<Long> before = items(uploader, caseId);
        OpenPage page = uploader.open("evidence/upload.xhtml?case=" + caseId + (orderId == null ? "" : "&order=" + orderId));
        HttpResponse<String> uploaded = uploader.upload(page, "upload:files", "describe messages", fileName, mediaType, content);
        require(uploaded.body().contains("ed-pending"), "the upload of " + fileName, uploaded);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("items:0:title", title);
        fields.put("items:0:fact", "Set up by the access matrix.");
        fields.put("items:0:confidentiality_input", confidentiality);
        HttpResponse<String> submitted = uploader.submitForm(page, "describe", "submit", fields);
        require(submitted.statusCode() == 302, "the submission of " + fileName, submitted);
        Set<Long> after = items(uploader, caseId);
        after.removeAll(before);
        require(after.size() == 1, "one new item on the case page after submitting " + fileName, submitted);
        return after.iterator().next();
    }

    /** Files a case as the given counsel; answers its id. */
    public static long fileCase(WebClient filer, String title, String courtId) throws Exception {
        HttpResponse<String> filed = post(filer, "cases/new.xhtml", "filing", "submit", caseForm(title, courtId));
        require(filed.statusCode() == 302, "filing case " + title, filed);
        return Long.parseLong(filed.headers().firstValue("Location").orElseThrow().replaceAll(".*id=(\\d+).*", "$1"));
    }

    public static Map<String, String> caseForm(String title, String courtId) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("title", title);
        form.put("ipType_input", "TRADE_SECRET");
        form.put("technology_input", "RANKING_RECOMMENDATION");
        form.put("court_input", courtId);
        form.put("sides:0:rows:0:name", "Matrix Claimant Co., Ltd.");
        form.put("sides:0:rows:0:kind_input", "RIGHTS_HOLDER");
        form.put("sides:0:rows:0:domiciled_input", "on");
        form.put("sides:1:rows:0:name", "Matrix Respondent Co., Ltd.");
        form.put("sides:1:rows:0:kind_input", "MERCHANT");
        form.put("sides:1:rows:0:domiciled_input", "on");
        form.put("claims", "Declare that the respondent misappropriated the claimant's ranking model.");
        form.put("relief", "An injunction.");
        return form;
    }

    /** The value of the court's option in the filing form, by a word of its English name. */
    public String courtOption(String nameWord) throws Exception {
        String page = as(Capacity.CLAIMANT_NAMED).get("cases/new.xhtml").body();
        Matcher option = Pattern.compile("<option value=\"(\\d+)\"[^>]*>[^<]*" + nameWord).matcher(page);
        require(option.find(), "the court option " + nameWord, page);
        return option.group(1);
    }

    /** Applies for a disclosure order as the capacity, saved as a draft or filed at once; answers the request's id. */
    public long apply(Capacity applicant, long caseId, String evidenceSought, Long preliminaryItem, boolean fileNow)
            throws Exception {
        Map<String, String> fields = applicationFields(evidenceSought);
        if (preliminaryItem != null) {
            fields.put("preliminary", String.valueOf(preliminaryItem));
        }
        HttpResponse<String> created = post(as(applicant), "disclosure/new.xhtml?case=" + caseId, "application",
                fileNow ? "file" : "draft", fields);
        require(created.statusCode() == 302, "the application " + evidenceSought, created);
        return Long.parseLong(created.headers().firstValue("Location").orElseThrow().replaceAll(".*id=(\\d+).*", "$1"));
    }

    public static Map<String, String> applicationFields(String evidenceSought) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("rule_input", RULE);
        fields.put("sought", evidenceSought);
        fields.put("fact", "That the respondent's ranking uses the claimant's features");
        fields.put("controlled", "The material is kept on the respondent's own servers");
        fields.put("mustProduce", "No other source shows which features were used");
        fields.put("ledgerFact", "");
        return fields;
    }

    /** Takes one of the simple steps of a request page (file, openReview, complete, withdraw) as the capacity. */
    public HttpResponse<String> step(Capacity who, long requestId, String button) throws Exception {
        return post(as(who), "disclosure/request.xhtml?id=" + requestId, "simple-steps", button, Map.of());
    }

    /** The other side gives its opinion on a filed request, which puts it under review (CE art. 46 para. 1). */
    public void underReview(long requestId) throws Exception {
        HttpResponse<String> opinion = post(as(Capacity.RESPONDENT), "disclosure/request.xhtml?id=" + requestId, "opinion-form",
                "submit", Map.of("text", "The respondent opposes the application."));
        require(opinion.statusCode() == 302, "the respondent giving its opinion on request " + requestId, opinion);
    }

    /** The clerk invites the other side's opinion on a filed request by a day a week ahead (CE art. 46 para. 1). */
    public void inviteOpinion(long requestId) throws Exception {
        HttpResponse<String> invited = post(as(Capacity.CLERK), "disclosure/request.xhtml?id=" + requestId, "invite", "submit",
                opinionDueFields());
        require(invited.statusCode() == 302, "the clerk inviting the opinion on request " + requestId, invited);
    }

    public static Map<String, String> opinionDueFields() {
        return Map.of("opinionDueOn", LocalDate.now(COURT_ZONE).plusDays(7).toString());
    }

    /** The assigned judge grants a request under review, with or without the demo's protective measures. */
    public void grant(long requestId, boolean protect) throws Exception {
        HttpResponse<String> granted = post(as(Capacity.ASSIGNED_JUDGE), "disclosure/request.xhtml?id=" + requestId, "grant",
                "submit", grantFields(protect));
        require(granted.statusCode() == 302, "the judge granting request " + requestId, granted);
    }

    public static Map<String, String> grantFields(boolean protect) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("dueOn", LocalDate.now(COURT_ZONE).plusDays(7).toString());
        fields.put("items", "The configuration files, as they stand today");
        if (protect) {
            fields.put("undertaking", "on");
            fields.put("viewOnly", "on");
            fields.put("named", "counsel");
        } else {
            // In the trade-secret case an order without measures needs the judge's finding (IPE art. 26 para. 1).
            fields.put("noSecret", "The configuration files hold no trade secret: they are published with the product.");
        }
        fields.put("reasons", "The material is in the respondent's control and bears on infringement (IPE art. 24).");
        return fields;
    }

    /** Exports a bundle of the case as the capacity, posting the export page's form as the browser does. */
    public HttpResponse<byte[]> exportBundle(Capacity who, long caseId, Map<String, String> selection, boolean withPageFields)
            throws Exception {
        Map<String, String> form = new LinkedHashMap<>(withPageFields ? exportFormFields(who, caseId) : Map.of());
        form.putAll(selection);
        return as(who).post("evidence/bundle/" + caseId, form);
    }

    /**
     * The hidden fields of the export page's form for this capacity (the session token, once there is one);
     * none when the capacity cannot open the page.
     */
    public Map<String, String> exportFormFields(Capacity who, long caseId) throws Exception {
        HttpResponse<String> page = as(who).get("evidence/export.xhtml?case=" + caseId);
        Map<String, String> fields = new LinkedHashMap<>();
        if (page.statusCode() != 200) {
            return fields;
        }
        Matcher form = Pattern.compile("<form[^>]*id=\"export\".*?</form>", Pattern.DOTALL).matcher(page.body());
        require(form.find(), "the export form", page);
        Matcher hidden = Pattern.compile("<input[^>]*type=\"hidden\"[^>]*>").matcher(form.group());
        while (hidden.find()) {
            Optional<String> name = group(Pattern.compile("name=\"([^\"]+)\""), hidden.group());
            name.ifPresent(value -> fields.put(value, group(Pattern.compile("value=\"([^\"]*)\""), hidden.group()).orElse("")));
        }
        return fields;
    }

    /** A one-page PDF whose bytes are unique to the label (so that its hashes identify it). */
    public static byte[] pdf(String label) {
        String pdf = "%PDF-1.4\n% " + label + "\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";
        return pdf.getBytes(StandardCharsets.US_ASCII);
    }

    /** Stops the setup with what the page answered, unless the step did what it should. */
    public static void require(boolean condition, String step, HttpResponse<?> answer) {
        if (!condition) {
            Object body = answer.body();
            String text = body instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : String.valueOf(body);
            throw new IllegalStateException("Setup step failed: " + step + " (answered " + answer.statusCode() + " "
                    + answer.headers().firstValue("Location").orElse("") + ", " + message(text) + ")\n"
                    + text.substring(0, Math.min(text.length(), 3000)));
        }
    }

    public static void require(boolean condition, String step, String page) {
        if (!condition) {
            throw new IllegalStateException("Setup step failed: " + step + " (" + message(page) + ")\n"
                    + page.substring(0, Math.min(page.length(), 3000)));
        }
    }
}
