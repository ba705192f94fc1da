package org.evidencedesk.web.access;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.evidencedesk.dispute.web.CaseTab;
import org.evidencedesk.support.WebClient;
import org.evidencedesk.support.WebClient.OpenPage;
import org.evidencedesk.web.access.AccessTable.Row;
import org.evidencedesk.web.access.MatrixObjects.Item;
import org.evidencedesk.web.access.MatrixObjects.Trace;

/**
 * What an answer to a request satisfies. A status says most (302 to the login page, 404, 403, 405); a 200 must
 * carry its object and betray nothing the viewer may not see: no title, hash or exhibit number of an item whose
 * own page the matrix hides from that viewer, anywhere on the page (the case page's later custody entries
 * included) or in a bundle.
 */
public final class Answers {

    /** The pages that are an object's own, so that a 200 must carry the object's title. */
    private static final Set<String> OWN_PAGES = Set.of("/cases/view.xhtml", "/cases/edit.xhtml", "/evidence/item.xhtml",
            "/disclosure/request.xhtml");

    private final Matrix matrix;
    private final Map<Capacity, List<Item>> hidden;
    private final Map<Capacity, List<Item>> notToCopy;

    /**
     * @param evidence the table whose item-page rows say which items each capacity may not see, and whose content
     *                 rows which items it may not take a copy of
     */
    public Answers(Matrix matrix, AccessTable evidence) {
        this.matrix = matrix;
        this.hidden = items(matrix.objects(), evidence, path -> path.equals("/evidence/item.xhtml"), cell -> cell == Outcome.HIDDEN);
        this.notToCopy = items(matrix.objects(), evidence, path -> path.startsWith("/evidence/download/content/"),
                cell -> cell != Outcome.SHOWN);
    }

    /** The ids of the items whose content the table does not give the capacity: no export of theirs may hold them. */
    public Set<Long> mayNotCopy(Capacity who) {
        return notToCopy.getOrDefault(who, List.of()).stream().map(Item::id).collect(Collectors.toSet());
    }

    /** The GET of a row's entry point, as the capacity. */
    public Observed get(Row row, Capacity who) throws Exception {
        String path = matrix.objects().resolve(row.target()).substring(1);
        HttpResponse<byte[]> response = matrix.client(who).getBytes(path);
        int status = response.statusCode();
        return switch (status) {
            case 200 -> shown(row, who, path, response);
            case 302, 303 -> redirect(response);
            case 403 -> Observed.as(Outcome.DENIED, "403");
            case 404 -> Observed.as(Outcome.HIDDEN, "404");
            case 405 -> Observed.as(Outcome.WRONG_METHOD, "405");
            default -> Observed.unexpected(status + " " + type(response));
        };
    }

    public static Observed redirect(HttpResponse<?> response) {
        String location = response.headers().firstValue("Location").orElse("");
        return location.endsWith("/login.xhtml") ? Observed.as(Outcome.LOGIN, response.statusCode() + " → login")
                : Observed.as(Outcome.REDIRECT, response.statusCode() + " → " + location);
    }

    /** The answer to a bundle export: a bundle, sent back to the export page with a problem, or refused. */
    public Observed bundle(Capacity who, HttpResponse<byte[]> answer) throws IOException {
        String location = answer.headers().firstValue("Location").orElse("");
        return switch (answer.statusCode()) {
            case 200 -> bundleContents(who, answer);
            case 302, 303 -> location.contains("/evidence/export.xhtml") && location.contains("problem=")
                    ? Observed.as(Outcome.REFUSED, "302 back to the export page: " + location.replaceAll(".*problem=", ""))
                    : redirect(answer);
            case 403 -> Observed.as(Outcome.DENIED, "403");
            case 404 -> Observed.as(Outcome.HIDDEN, "404");
            case 405 -> Observed.as(Outcome.WRONG_METHOD, "405");
            default -> Observed.unexpected(answer.statusCode() + " " + type(answer));
        };
    }

    /** What a text shows of the items the viewer may not see. */
    public List<String> leaks(Capacity who, String text) {
        List<String> found = new ArrayList<>();
        long tradeSecretCase = matrix.objects().id(MatrixObjects.TRADE_SECRET_CASE);
        for (Item item : hidden.getOrDefault(who, List.of())) {
            for (Trace trace : item.traces(item.caseId() == tradeSecretCase)) {
                if (trace.pattern().matcher(text).find()) {
                    found.add(trace.text() + " (" + matrix.objects().nameOf(item) + ")");
                }
            }
        }
        return found;
    }

    /** A 200: which outcomes it satisfies depends on the entry point and the object. */
    private Observed shown(Row row, Capacity who, String path, HttpResponse<byte[]> response) {
        String entry = row.path();
        List<String> named = row.objects();
        String object = named.isEmpty() ? null : named.get(0);
        String text = new String(response.body(), StandardCharsets.UTF_8);
        if (entry.startsWith("/evidence/download/")) {
            String disposition = response.headers().firstValue("Content-Disposition").orElse("");
            return disposition.contains(matrix.objects().item(object).exhibit()) ? Observed.as(Outcome.SHOWN, "200 " + disposition)
                    : Observed.unexpected("200 without the exhibit in its file name (" + disposition + ")");
        }
        if (entry.startsWith("/evidence/view/")) {
            return viewed(matrix.objects().item(object), type(response), response.body());
        }
        if (entry.startsWith("/evidence/bundle/")) {
            return Observed.as(Outcome.SHOWN, "200 " + type(response));
        }
        if (entry.startsWith("/rulings/")) {
            return expect(text.startsWith("%PDF-"), "200 PDF", "200 " + type(response) + ", not a PDF");
        }
        if (entry.startsWith("/custody/")) {
            return expect(text.contains("\"case\":" + matrix.objects().id(object)), "200 with the case's log", "200 without it");
        }
        if (entry.startsWith("/pki/")) {
            String type = type(response);
            String expected = entry.startsWith("/pki/ocsp") ? "application/ocsp-response"
                    : entry.endsWith(".crt") ? "application/pkix-cert" : "application/pkix-crl";
            return expect(type.equals(expected), "200 " + type, "200 " + type);
        }
        if (entry.equals("/root-ca.pem")) {
            return expect(text.contains("BEGIN CERTIFICATE"), "200 certificate", "200 " + type(response));
        }
        if (entry.equals("/openapi")) {
            return expect(text.contains("openapi") && text.contains("/me"), "200 the OpenAPI document", "200 " + type(response));
        }
        if (entry.equals("/health")) {
            return expect(text.contains("UP"), "200 UP", "200 " + text);
        }
        if (entry.equals("/cases/view.xhtml")) {
            text = text + otherTabs(who, path);
        }
        return page(entry, object, who, text);
    }

    private static Observed expect(boolean shown, String described, String otherwise) {
        return shown ? Observed.as(Outcome.SHOWN, described) : Observed.unexpected(otherwise);
    }

    /** An HTML page: shown if it carries its object (where the page is the object's own) and betrays nothing hidden. */
    private Observed page(String entry, String object, Capacity who, String text) {
        List<String> leaks = leaks(who, text);
        if (!leaks.isEmpty()) {
            return Observed.unexpected("200 showing what it must hide from " + who.column() + ": " + String.join("; ", leaks));
        }
        Optional<String> marker = OWN_PAGES.contains(entry) && object != null ? matrix.objects().marker(object) : Optional.empty();
        boolean carries = marker.map(text::contains).orElse(true);
        boolean undertaking = text.contains("id=\"undertaking-text\"");
        boolean download = text.contains("id=\"download-content\"");
        Set<Outcome> fits = EnumSet.noneOf(Outcome.class);
        if (carries) {
            fits.add(Outcome.SHOWN);
        }
        if (undertaking && marker.isPresent() && !carries) {
            fits.add(Outcome.UNDERTAKING);
        }
        if (carries && text.contains("id=\"view-only\"") && !download) {
            fits.add(Outcome.VIEW_ONLY);
        }
        String described = "200" + (marker.isPresent() && !carries ? " without '" + marker.get() + "'" : "")
                + (undertaking ? ", the undertaking" : "") + (download ? ", offering the content download" : "");
        return new Observed(fits, described);
    }

    /** The inline view of an item: a 200 shows it; rendered only if what came is neither the original's type nor bytes. */
    private static Observed viewed(Item item, String type, byte[] body) {
        boolean originalBytes = Arrays.equals(body, item.content());
        boolean original = type.startsWith(item.mediaType()) || originalBytes;
        Set<Outcome> fits = original ? Set.of(Outcome.SHOWN) : Set.of(Outcome.SHOWN, Outcome.RENDERED);
        return new Observed(fits, "200 " + type + (originalBytes ? ", the original bytes" : ""));
    }

    /**
     * The case page renders only the tab it opens on, here the overview. Each other tab, opened by its {@code tab}
     * parameter as a link, a bookmark or a reload opens it, is on the page too, for what it may betray; so are the
     * custody tab's later pages.
     */
    private String otherTabs(Capacity who, String path) {
        StringBuilder more = new StringBuilder();
        for (CaseTab other : EnumSet.complementOf(EnumSet.of(CaseTab.OVERVIEW))) {
            String tab = other.parameter();
            String tabPath = path + "&tab=" + tab;
            try {
                HttpResponse<byte[]> answer = matrix.client(who).getBytes(tabPath);
                String text = new String(answer.body(), StandardCharsets.UTF_8);
                if (answer.statusCode() != 200 || !Pattern.compile("id=\"tabs:" + tab + "Tab\"[^>]*aria-hidden=\"false\"").matcher(text).find()) {
                    throw new IllegalStateException(tabPath + " answered " + answer.statusCode() + " without its tab open");
                }
                more.append(text);
                if (other == CaseTab.CUSTODY) {
                    more.append(custodyPagesAfterTheFirst(who, WebClient.opened(tabPath, answer, text)));
                }
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read " + tabPath, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted reading " + tabPath, e);
            }
        }
        return more.toString();
    }

    /**
     * The case page's custody tab lists fifty custody entries and pages through the rest by ajax: what the later
     * pages hold is on the page too, for what it may betray.
     */
    private String custodyPagesAfterTheFirst(Capacity who, OpenPage page) {
        StringBuilder more = new StringBuilder();
        try {
            for (int first = 50; first < 10_000; first += 50) {
                Map<String, String> fields = page.tablePage("tabs:custody", first, 50);
                String rows = new String(matrix.client(who).post(page.path(), fields).body(), StandardCharsets.UTF_8);
                if (!rows.contains("data-ri=")) {
                    break;
                }
                more.append(rows);
            }
        } catch (Exception e) {
            throw new IllegalStateException("Cannot page through the custody entries of " + page.path(), e);
        }
        return more.toString();
    }

    /** A bundle is shown only if nothing in it (entry names, manifest, receipts, custody log) betrays a hidden item. */
    private Observed bundleContents(Capacity who, HttpResponse<byte[]> answer) throws IOException {
        if (!type(answer).startsWith("application/vnd.etsi.asic-e+zip")) {
            return Observed.unexpected("200 " + type(answer));
        }
        List<String> leaks = leaks(who, readableParts(answer.body()));
        return leaks.isEmpty() ? Observed.as(Outcome.SHOWN, "200 a bundle")
                : Observed.unexpected("200 a bundle betraying to " + who.column() + ": " + String.join("; ", leaks));
    }

    /** The names of a bundle's entries and the text of those that are text. */
    static String readableParts(byte[] bundle) throws IOException {
        StringBuilder text = new StringBuilder();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bundle))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                text.append(entry.getName()).append('\n');
                if (entry.getName().matches("(?i).*\\.(json|jsonl|xml|txt)")) {
                    text.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
                }
            }
        }
        return text.toString();
    }

    private static String type(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    /** For each capacity, the items whose rows of the paths given the table answers with a cell of the kind given. */
    private static Map<Capacity, List<Item>> items(MatrixObjects objects, AccessTable evidence, Predicate<String> path,
                                                   Predicate<Outcome> cell) {
        Map<Capacity, List<Item>> items = new EnumMap<>(Capacity.class);
        for (Row row : evidence.rows()) {
            if (!row.hasPage() || !path.test(row.path()) || row.objects().isEmpty() || !objects.isItem(row.objects().get(0))) {
                continue;
            }
            for (Capacity capacity : Capacity.values()) {
                if (cell.test(row.expected(capacity))) {
                    items.computeIfAbsent(capacity, key -> new ArrayList<>()).add(objects.item(row.objects().get(0)));
                }
            }
        }
        return items;
    }
}
