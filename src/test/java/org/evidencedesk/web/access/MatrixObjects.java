package org.evidencedesk.web.access;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evidencedesk.support.WebClient;

/**
 * The objects the access matrix tries every entry point on, by the names its table gives them in braces.
 * The demo seed provides the trade-secret case (Lianxin v. Quickcart: counsel and counsel2 for the claimant,
 * defence for the respondent, judge and investigator assigned, judge2 of the same court but not assigned),
 * its preliminary evidence, its granted order and that order's ruling. Everything else is created here
 * through the application's own pages, as its users would: the respondent's items at each confidentiality
 * level, a court-only item of the claimant, view-only items produced under three protective orders (the named
 * counsel accepts the undertaking of the second only), a draft and a filed request, and cases outside the
 * matrix users' reach, filed by a counsel created for the purpose.
 */
public final class MatrixObjects {

    public static final String TRADE_SECRET_CASE = "trade-secret case";
    public static final String SAME_COURT_CASE = "case of the same court, unassigned";
    public static final String OTHER_COURT_CASE = "case of another court";
    public static final String SCRATCH_CASE = "scratch case";
    public static final String REFUSED_CASE = "case to refuse";
    public static final String CLAIMANT_PARTIES = "claimant parties item";
    public static final String CLAIMANT_COURT_ONLY = "claimant court-only item";
    public static final String RESPONDENT_PUBLIC = "respondent public-record item";
    public static final String RESPONDENT_PARTIES = "respondent parties item";
    public static final String RESPONDENT_COUNSEL_ONLY = "respondent counsel-only item";
    public static final String RESPONDENT_COURT_ONLY = "respondent court-only item";
    public static final String VIEW_ONLY_BEFORE = "view-only item before the undertaking";
    public static final String VIEW_ONLY_AFTER = "view-only item after the undertaking";
    public static final String VIEW_ONLY_THIRD = "view-only item of a third order";
    public static final String OTHER_COURT_ITEM = "item of another court's case";
    public static final String CLAIMANT_DRAFT = "claimant draft";
    public static final String FILED_REQUEST = "filed request citing the claimant court-only item";
    public static final String PROTECTIVE_ORDER = "order protecting the item before the undertaking";
    public static final String DISCLOSURE_RULING = "ruling granting that order";
    public static final String COUNSEL_ACCOUNT = "counsel's account";
    public static final String DEMO_FACT = "demo fact";
    private static final String NOTHING = "999999999";

    /** One item: what identifies it on a page, so that a page can be searched for a trace of it. */
    public record Item(long id, long caseId, String exhibit, String title, String sha256, String mediaType, byte[] content) {

        /**
         * The texts that betray the item: its title, the start of its SHA-256, and its exhibit number, which is
         * unique within its case only (so looked for only where pages of its case are read).
         */
        public List<Trace> traces(boolean withExhibit) {
            List<Trace> traces = new ArrayList<>(List.of(new Trace(title, Pattern.compile(Pattern.quote(title))),
                    new Trace(sha256.substring(0, 16), Pattern.compile(sha256.substring(0, 16)))));
            if (withExhibit) {
                traces.add(new Trace(exhibit, Pattern.compile("(?<![\\w-])" + Pattern.quote(exhibit) + "(?![\\w-])")));
            }
            return traces;
        }
    }

    /** A text that betrays an item, and how to find it. */
    public record Trace(String text, Pattern pattern) {
    }

    private final Map<String, Long> ids = new LinkedHashMap<>();
    private final Map<String, String> markers = new LinkedHashMap<>();
    private final Map<String, Item> items = new LinkedHashMap<>();
    private final String suffix;
    private String outsider;

    private MatrixObjects(String suffix) {
        this.suffix = suffix;
    }

    /** A word unique to this run, so that names and titles the setup gives are found again without doubt. */
    public String suffix() {
        return suffix;
    }

    /** The counsel the setup created to file the cases no user of the matrix is on. */
    public String outsider() {
        return outsider;
    }

    public long id(String name) {
        Long id = ids.get(name);
        if (id == null) {
            if (name.startsWith("no such ")) {
                return Long.parseLong(NOTHING);
            }
            throw new IllegalArgumentException("No object named {" + name + "}");
        }
        return id;
    }

    public Item item(String name) {
        Item item = items.get(name);
        if (item == null) {
            throw new IllegalArgumentException("No item named {" + name + "}");
        }
        return item;
    }

    public boolean isItem(String name) {
        return items.containsKey(name);
    }

    /** The name the table gives the item, for a reader of a mismatch. */
    public String nameOf(Item item) {
        return items.entrySet().stream().filter(entry -> entry.getValue().equals(item)).map(Map.Entry::getKey)
                .findFirst().orElse("item " + item.id());
    }

    /** A text that shows the object is on a page (a title), if it has one. */
    public Optional<String> marker(String name) {
        return Optional.ofNullable(markers.get(name));
    }

    /** The path with every {object} replaced by the object's id. */
    public String resolve(String path) {
        Matcher placeholder = Pattern.compile("\\{([^}]+)}").matcher(path);
        StringBuilder resolved = new StringBuilder();
        while (placeholder.find()) {
            placeholder.appendReplacement(resolved, String.valueOf(id(placeholder.group(1))));
        }
        placeholder.appendTail(resolved);
        return resolved.toString();
    }

    private void put(String name, long id, String marker) {
        ids.put(name, id);
        if (marker != null) {
            markers.put(name, marker);
        }
    }

    private void putItem(String name, Item item) {
        items.put(name, item);
        put(name, item.id(), item.title());
    }

    /**
     * Creates the objects through the pages. Right after the court-only items come the two things that name them
     * where a careless page would show them to the other side: the clerk's bundle export (its custody entry lists
     * the exhibits exported) and counsel's link of the claimant's court-only item in the burden ledger.
     *
     * @param undertaking called with the named counsel's acceptance of the second order's undertaking, the
     *                    matrix's cell for that action (the "after" state needs it before any page is read)
     */
    public static MatrixObjects create(DeskPages desk, String suffix, Consumer<Observed> undertaking)
            throws Exception {
        MatrixObjects objects = new MatrixObjects(suffix);
        objects.createAll(desk, undertaking);
        return objects;
    }

    private void createAll(DeskPages desk, Consumer<Observed> undertaking) throws Exception {
        long tradeSecret = desk.caseIdTitled("Lianxin");
        put(TRADE_SECRET_CASE, tradeSecret, "Lianxin v. Quickcart");
        put(SAME_COURT_CASE, desk.caseIdTitled("Pricewise"), "Pricewise v. Dealhub");
        WebClient counsel = desk.as(Capacity.CLAIMANT_NAMED);
        WebClient defence = desk.as(Capacity.RESPONDENT);

        putItem(RESPONDENT_COURT_ONLY, upload(desk, defence, tradeSecret, null, "rebate-formula", "text/plain",
                "Matrix respondent court-only rebate formula", "COURT_ONLY"));
        putItem(CLAIMANT_COURT_ONLY, upload(desk, counsel, tradeSecret, null, "model-weights", "text/plain",
                "Matrix claimant court-only model weights", "COURT_ONLY"));
        HttpResponse<byte[]> bundle = desk.exportBundle(Capacity.CLERK, tradeSecret, Map.of("select", "all"), true);
        DeskPages.require(bundle.statusCode() == 200, "the clerk's bundle export", bundle);
        put(DEMO_FACT, demoFact(desk, tradeSecret), null);
        linkToDemoFact(desk, tradeSecret, id(DEMO_FACT), item(CLAIMANT_COURT_ONLY).id());

        putItem(RESPONDENT_PUBLIC, upload(desk, defence, tradeSecret, null, "public-price-list", "text/plain",
                "Matrix respondent public price list", "PUBLIC_RECORD"));
        putItem(RESPONDENT_PARTIES, upload(desk, defence, tradeSecret, null, "sales-summary", "text/plain",
                "Matrix respondent sales summary", "PARTIES"));
        putItem(RESPONDENT_COUNSEL_ONLY, upload(desk, defence, tradeSecret, null, "supplier-contract", "text/plain",
                "Matrix respondent counsel-only supplier contract", "COUNSEL_ONLY"));
        long demoItem = desk.itemByExhibit(tradeSecret, "P-001");
        putItem(CLAIMANT_PARTIES, read(desk, demoItem, tradeSecret));

        createOutsideCases(desk);
        createRequests(desk, tradeSecret);
        createProtectedItems(desk, tradeSecret, undertaking);
        put(COUNSEL_ACCOUNT, userId(desk, "counsel"), null);
    }

    private Item upload(DeskPages desk, WebClient uploader, long caseId, Long order, String name, String mediaType,
                        String title, String confidentiality) throws Exception {
        String label = title + " " + suffix;
        boolean pdf = mediaType.equals("application/pdf");
        byte[] content = pdf ? DeskPages.pdf(label) : ("Content of " + label + "\n").getBytes(StandardCharsets.UTF_8);
        String fileName = name + "-" + suffix + (pdf ? ".pdf" : ".txt");
        long id = desk.upload(uploader, caseId, order, fileName, mediaType, content, label, confidentiality);
        return new Item(id, caseId, desk.exhibit(uploader, id), label, sha256(content), mediaType, content);
    }

    private static Item read(DeskPages desk, long itemId, long caseId) throws Exception {
        WebClient clerk = desk.as(Capacity.CLERK);
        String page = desk.itemPage(clerk, itemId);
        String title = DeskPages.textOf(page, "item-title");
        byte[] content = clerk.getBytes("evidence/download/content/" + itemId).body();
        return new Item(itemId, caseId, desk.exhibit(clerk, itemId), title, DeskPages.textOf(page, "sha256"), "text/plain",
                content);
    }

    /** Counsel links the item to the demo fact's first showing: the ledger and the custody log then name it. */
    private static void linkToDemoFact(DeskPages desk, long caseId, long fact, long itemId) throws Exception {
        HttpResponse<String> linked = DeskPages.post(desk.as(Capacity.CLAIMANT_NAMED), "burden/ledger.xhtml?case=" + caseId, "link",
                "submit", Map.of("showing", fact + "|confidentiality-measures", "item", String.valueOf(itemId)));
        DeskPages.require(linked.statusCode() == 302, "counsel linking item " + itemId + " in the ledger", linked);
    }

    /** The demo's fact in issue (the first of the trade-secret case's ledger). */
    private static long demoFact(DeskPages desk, long caseId) throws Exception {
        String ledger = desk.as(Capacity.CLERK).get("burden/ledger.xhtml?case=" + caseId).body();
        return Long.parseLong(DeskPages.group(Pattern.compile("id=\"fact-(\\d+)\""), ledger)
                .orElseThrow(() -> new IllegalStateException("No fact in the demo ledger")));
    }

    /** A counsel outside the matrix files a case at another court (with one item) and one at the demo court. */
    private void createOutsideCases(DeskPages desk) throws Exception {
        outsider = "matrix-outsider-" + suffix;
        createUser(desk, outsider, "COUNSEL", "");
        WebClient outside = DeskPages.loggedIn(outsider, USER_PASSWORD);
        long otherCourt = DeskPages.fileCase(outside, "Matrix case at another court " + suffix, desk.courtOption("Shanghai"));
        put(OTHER_COURT_CASE, otherCourt, "Matrix case at another court " + suffix);
        putItem(OTHER_COURT_ITEM, upload(desk, outside, otherCourt, null, "other-court-evidence", "text/plain",
                "Matrix other court's evidence", "PARTIES"));
        long scratch = DeskPages.fileCase(outside, "Matrix scratch case " + suffix, desk.courtOption("Beijing Intellectual"));
        put(SCRATCH_CASE, scratch, "Matrix scratch case " + suffix);
        long toRefuse = DeskPages.fileCase(outside, "Matrix case to refuse " + suffix, desk.courtOption("Beijing Intellectual"));
        put(REFUSED_CASE, toRefuse, "Matrix case to refuse " + suffix);
    }

    private void createRequests(DeskPages desk, long tradeSecret) throws Exception {
        String draft = "Matrix claimant draft " + suffix;
        put(CLAIMANT_DRAFT, desk.apply(Capacity.CLAIMANT_NAMED, tradeSecret, draft, null, false), draft);
        String filed = "Matrix filed request " + suffix;
        put(FILED_REQUEST, desk.apply(Capacity.CLAIMANT_NAMED, tradeSecret, filed, item(CLAIMANT_COURT_ONLY).id(), true), filed);
        String demoOrder = "The source code of Quickcart";
        long order = desk.requests(tradeSecret).entrySet().stream().filter(row -> row.getValue().contains(demoOrder))
                .findFirst().orElseThrow(() -> new IllegalStateException("No demo order in the trade-secret case")).getKey();
        put(PROTECTIVE_ORDER, order, demoOrder);
        String page = desk.as(Capacity.CLERK).get("disclosure/request.xhtml?id=" + order).body();
        put(DISCLOSURE_RULING, Long.parseLong(DeskPages.group(Pattern.compile("rulings/(\\d+)\\.pdf"), page)
                .orElseThrow(() -> new IllegalStateException("No ruling on the demo order"))), null);
    }

    private void createProtectedItems(DeskPages desk, long tradeSecret, Consumer<Observed> undertaking)
            throws Exception {
        long second = protectiveOrder(desk, tradeSecret, "Matrix second protective order " + suffix);
        long third = protectiveOrder(desk, tradeSecret, "Matrix third protective order " + suffix);
        WebClient defence = desk.as(Capacity.RESPONDENT);
        putItem(VIEW_ONLY_BEFORE, upload(desk, defence, tradeSecret, id(PROTECTIVE_ORDER), "pipeline-before", "application/pdf",
                "Matrix view-only pipeline before", "PARTIES"));
        putItem(VIEW_ONLY_AFTER, upload(desk, defence, tradeSecret, second, "pipeline-after", "application/pdf",
                "Matrix view-only pipeline after", "PARTIES"));
        putItem(VIEW_ONLY_THIRD, upload(desk, defence, tradeSecret, third, "pipeline-third", "application/pdf",
                "Matrix view-only pipeline third", "PARTIES"));
        undertaking.accept(acceptUndertaking(desk, tradeSecret, item(VIEW_ONLY_AFTER).id()));
    }

    private long protectiveOrder(DeskPages desk, long tradeSecret, String evidenceSought) throws Exception {
        long request = desk.apply(Capacity.CLAIMANT_NAMED, tradeSecret, evidenceSought, null, true);
        desk.underReview(request);
        desk.grant(request, true);
        return request;
    }

    /** The named counsel accepts the undertaking on the item's page; read back as an entry of the custody log. */
    private static Observed acceptUndertaking(DeskPages desk, long caseId, long itemId) throws Exception {
        long before = desk.custodyEntries(caseId, "UNDERTAKING_ACCEPTED", itemId);
        HttpResponse<String> accepted = DeskPages.post(desk.as(Capacity.CLAIMANT_NAMED), "evidence/item.xhtml?id=" + itemId, "accept",
                "submit", Map.of("agree_input", "on"));
        long after = desk.custodyEntries(caseId, "UNDERTAKING_ACCEPTED", itemId);
        String posted = "posted: " + accepted.statusCode() + " " + DeskPages.message(accepted.body());
        return after > before ? Observed.as(Outcome.DONE, posted + ", the undertaking recorded")
                : Observed.as(Outcome.REFUSED, posted + ", no undertaking recorded");
    }

    public static final String USER_PASSWORD = "Matrix-Outsider-Pass-2026";

    /** The administrator creates a user through the users page (court by option value, "" for none). */
    public static void createUser(DeskPages desk, String username, String role, String courtId) throws Exception {
        HttpResponse<String> created = DeskPages.post(desk.as(Capacity.ADMIN), "admin/users.xhtml", "create", "submit", Map.of(
                "username", username, "displayName", "Matrix " + username, "email", "",
                "roles", role, "court_input", courtId, "password", USER_PASSWORD));
        DeskPages.require(created.statusCode() == 302, "creating user " + username, created);
    }

    /** The administrator creates a counsel outside the matrix for an action to use; answers the username. */
    public static String newUser(DeskPages desk, String purpose) throws Exception {
        String username = "matrix-" + purpose + "-" + Long.toString(System.nanoTime(), 36);
        createUser(desk, username, "COUNSEL", "");
        return username;
    }

    /** A user's id, from the administrator's users page. */
    public static long userId(DeskPages desk, String username) throws Exception {
        String page = desk.as(Capacity.ADMIN).get("admin/users.xhtml").body();
        Matcher link = Pattern.compile("user\\.xhtml\\?id=(\\d+)\"[^>]*>" + Pattern.quote(username) + "<").matcher(page);
        DeskPages.require(link.find(), "user " + username + " on the users page", page);
        return Long.parseLong(link.group(1));
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
