package org.evidencedesk.web.access;

import io.restassured.response.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.evidencedesk.web.access.AccessTable.Row;
import org.evidencedesk.web.access.MatrixObjects.Item;

/**
 * What an API answer satisfies, as {@link Answers} says for the pages: 401, 403, 404 and 405 problems say LOGIN, DENIED,
 * HIDDEN and WRONG_METHOD, any other 4xx problem a refusal; a 2xx must carry its object (an item's own bytes, token,
 * signature or receipt; an object's own GET its title; a ruling a PDF; a bundle a bundle) and, like every page, betray
 * nothing the item pages hide from the caller, in any list, body or bundle, nor the title of a request whose page
 * is hidden from the caller (a draft of the other side). A refusal names nothing of its object.
 */
public final class ApiAnswers {

    /** An object's own GET, whose 2xx must carry the object's title. */
    private static final Set<String> OWN_OBJECTS = Set.of("cases", "items", "disclosure-requests");

    private final Matrix matrix;
    private final Answers answers;
    private final Map<Capacity, List<String>> hiddenRequests = new EnumMap<>(Capacity.class);

    /** @param requests the table whose request-page rows say which requests each capacity may not see */
    public ApiAnswers(Matrix matrix, Answers answers, AccessTable requests) {
        this.matrix = matrix;
        this.answers = answers;
        for (Row row : requests.rows()) {
            if (row.hasPage() && row.path().equals("/disclosure/request.xhtml")) {
                Optional<String> title = matrix.objects().marker(row.objects().get(0));
                Arrays.stream(Capacity.values()).filter(who -> row.expected(who) == Outcome.HIDDEN && title.isPresent())
                        .forEach(who -> hiddenRequests.computeIfAbsent(who, key -> new ArrayList<>()).add(title.get()));
            }
        }
    }

    /** The GET of a row's API call, as the capacity. */
    public Observed get(Row row, Capacity who) throws IOException {
        String path = matrix.objects().resolve(row.api().target());
        return answer(row.api(), who, matrix.api(who).get(path));
    }

    /** Any answer to an API call (a probe's too). */
    public Observed answer(ApiCall call, Capacity who, Response response) throws IOException {
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return shown(call, who, response);
        }
        String body = response.asString();
        String described = status + " " + Optional.ofNullable(problemKey(response)).orElse(type(response));
        List<String> named = named(call, who, body);
        if (!named.isEmpty()) {
            return Observed.unexpected(described + ", naming " + String.join("; ", named));
        }
        if (status >= 400 && status < 500 && !type(response).startsWith("application/problem+json")) {
            return Observed.unexpected(described + ", not a problem");
        }
        return switch (status) {
            case 401 -> Observed.as(Outcome.LOGIN, described);
            case 403 -> Observed.as(Outcome.DENIED, described);
            case 404 -> Observed.as(Outcome.HIDDEN, described);
            case 405 -> Observed.as(Outcome.WRONG_METHOD, described);
            default -> status >= 400 && status < 500 ? Observed.as(Outcome.REFUSED, described) : Observed.unexpected(described);
        };
    }

    /** The problem's message key, if the answer is a problem. */
    static String problemKey(Response response) {
        return type(response).startsWith("application/problem+json") ? response.jsonPath().getString("key") : null;
    }

    static String type(Response response) {
        return Optional.ofNullable(response.contentType()).orElse("");
    }

    private Observed shown(ApiCall call, Capacity who, Response response) throws IOException {
        String path = call.path();
        List<String> objects = call.objects();
        String object = objects.isEmpty() ? null : objects.get(0);
        byte[] body = response.asByteArray();
        String type = type(response);
        String described = response.statusCode() + " " + type;
        String text = path.endsWith("/bundle") ? Answers.readableParts(body) : new String(body, StandardCharsets.UTF_8);
        List<String> leaks = leaks(who, text);
        if (!leaks.isEmpty()) {
            return Observed.unexpected(described + " betraying to " + who.column() + ": " + String.join("; ", leaks));
        }
        String[] segments = path.substring(1).split("/");
        String last = segments[segments.length - 1];
        Optional<Item> item = object != null && matrix.objects().isItem(object) ? Optional.of(matrix.objects().item(object))
                : Optional.empty();
        if (segments[0].equals("items") && segments.length == 3 && item.isPresent()) {
            return switch (last) {
                case "content" -> expect(Arrays.equals(body, item.get().content()), described + ", the item's bytes", described + ", other bytes");
                case "token" -> expect(type.startsWith("application/timestamp-"), described, described + ", not a time-stamp");
                case "signature" -> expect(type.startsWith("application/pkcs7-signature"), described, described + ", not a CMS signature");
                case "receipt" -> expect(text.contains(item.get().sha256()), described + ", the item's receipt", described + " without the item's SHA-256");
                default -> Observed.unexpected(described + " from an operation the matrix does not know");
            };
        }
        if (last.equals("pdf")) {
            return expect(text.startsWith("%PDF-"), described + " PDF", described + ", not a PDF");
        }
        if (last.equals("bundle")) {
            return expect(type.startsWith("application/vnd.etsi.asic-e+zip"), described + ", a bundle", described + ", not a bundle");
        }
        if (segments.length == 2 && OWN_OBJECTS.contains(segments[0]) && object != null) {
            Optional<String> marker = matrix.objects().marker(object);
            return expect(marker.map(text::contains).orElse(true), described + " with the object",
                    described + " without '" + marker.orElse("") + "'");
        }
        return expect(type.startsWith("application/json"), described, described + ", not JSON");
    }

    /** What a refusal names of the row's objects (their titles, an item's hash) or of the items hidden from the caller. */
    private List<String> named(ApiCall call, Capacity who, String body) {
        List<String> named = leaks(who, body);
        for (String object : call.objects()) {
            if (matrix.objects().isItem(object)) {
                Item item = matrix.objects().item(object);
                item.traces(false).stream().filter(trace -> trace.pattern().matcher(body).find())
                        .forEach(trace -> named.add(trace.text()));
            } else {
                matrix.objects().marker(object).filter(body::contains).ifPresent(named::add);
            }
        }
        return named;
    }

    /** The items and requests hidden from the caller that a text names. */
    private List<String> leaks(Capacity who, String text) {
        List<String> leaks = new ArrayList<>(answers.leaks(who, text));
        hiddenRequests.getOrDefault(who, List.of()).stream().filter(text::contains).map(title -> "request '" + title + "'")
                .forEach(leaks::add);
        return leaks;
    }

    private static Observed expect(boolean shown, String described, String otherwise) {
        return shown ? Observed.as(Outcome.SHOWN, described) : Observed.unexpected(otherwise);
    }
}
