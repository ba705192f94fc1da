package org.evidencedesk.web.access;

import static org.evidencedesk.web.access.Capacity.CLAIMANT_NAMED;
import static org.evidencedesk.web.access.Capacity.CLERK;
import static org.evidencedesk.web.access.MatrixObjects.CLAIMANT_PARTIES;
import static org.evidencedesk.web.access.MatrixObjects.PROTECTIVE_ORDER;
import static org.evidencedesk.web.access.MatrixObjects.TRADE_SECRET_CASE;

import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.evidencedesk.web.access.Attempts.Fresh;
import org.evidencedesk.web.access.MatrixObjects.Item;

/**
 * The API calls that change something, each read back through the pages (or, for what only the API holds, the
 * caller's own view of it) as the page actions are: a submission held, registered, or produced into an order; a
 * request filed; an opinion given; a notice marked read; and a verification, which anyone may ask for.
 */
public final class ApiProbes {

    static final String SUBMIT_WITHOUT_METADATA = "PUT /cases/{trade-secret case}/submissions/{key} without metadata";
    static final String SUBMIT_WITH_METADATA = "PUT /cases/{trade-secret case}/submissions/{key} with metadata";
    static final String METADATA = "PUT /cases/{trade-secret case}/submissions/{key}/metadata for a body held under the key";
    static final String SUBMISSION_STATE = "GET /cases/{trade-secret case}/submissions/{key} of a body held under the key";
    static final String FILE_REQUEST = "POST /cases/{trade-secret case}/disclosure-requests";
    static final String OPINION = "PUT /disclosure-requests/{a filed claimant request}/opinion";
    static final String MARK_READ = "POST /notices/{counsel's latest unread notice}/read";
    static final String VERIFY_BUNDLE = "POST /verify with a file that is no bundle";
    static final String VERIFY_FILE = "POST /verify/file?proof=token with an item's token and content";

    private final Matrix matrix;
    private final ApiAnswers answers;

    public ApiProbes(Matrix matrix, ApiAnswers answers) {
        this.matrix = matrix;
        this.answers = answers;
    }

    /** Registers each probe under "API " and its call, as the table's API column names it. */
    public void register(Map<String, Probe> probes) {
        MatrixObjects objects = matrix.objects();
        DeskPages desk = matrix.desk();
        long tradeSecret = objects.id(TRADE_SECRET_CASE);
        long order = objects.id(PROTECTIVE_ORDER);
        String submissions = "/cases/" + tradeSecret + "/submissions/";
        Callable<String> caseItems = () -> "items " + desk.items(matrix.client(CLERK), tradeSecret).size();

        probes.put("API " + SUBMIT_WITHOUT_METADATA, who -> {
            String key = key(who);
            Callable<String> held = () -> "submission " + submissionState(who, submissions + key);
            String before = held.call();
            return judged(submit(matrix.api(who), submissions + key, who, false), before, held.call());
        });
        probes.put("API " + SUBMIT_WITH_METADATA, who -> act(caseItems, () -> submit(matrix.api(who), submissions + key(who), who, true)));
        probes.put("API " + METADATA, who -> {
            String key = key(who);
            submit(matrix.api(who), submissions + key, who, false);
            return act(caseItems, () -> matrix.api(who).contentType(ContentType.JSON).body(metadata(who)).put(submissions + key + "/metadata"));
        });
        probes.put("API " + SUBMISSION_STATE, who -> {
            String key = key(who);
            submit(matrix.api(who), submissions + key, who, false);
            return answers.answer(new ApiCall(SUBMISSION_STATE, "read"), who, matrix.api(who).get(submissions + key));
        });

        probes.put("API " + FILE_REQUEST, who -> {
            String sought = "Matrix API application " + objects.suffix() + " " + who.column();
            return act(() -> "requests '" + sought + "': " + desk.requestsSeeking(who, tradeSecret, sought),
                    () -> matrix.api(who).contentType(ContentType.JSON).body(application(sought)).post("/cases/" + tradeSecret + "/disclosure-requests"));
        });
        Fresh filed = new Fresh(() -> desk.apply(CLAIMANT_NAMED, tradeSecret, "Matrix API request awaiting the opinion " + System.nanoTime(),
                null, true));
        probes.put("API " + OPINION, who -> usingUp(filed, act(() -> "status " + desk.requestStatus(filed.get(), CLAIMANT_NAMED),
                () -> opinion(who, filed.get()))));

        Fresh notice = new Fresh(this::latestUnreadNotice);
        probes.put("API " + MARK_READ, who -> usingUp(notice, act(() -> "notice " + notice.get() + " unread " + unread(notice.get()),
                () -> matrix.api(who).post("/notices/" + notice.get() + "/read"))));

        probes.put("API " + VERIFY_BUNDLE, who -> verified(matrix.api(who).contentType("application/octet-stream")
                .body("This is no bundle.".getBytes(StandardCharsets.UTF_8)).post("/verify")));
        Item item = objects.item(CLAIMANT_PARTIES);
        probes.put("API " + VERIFY_FILE, who -> {
            byte[] token = matrix.client(CLERK).getBytes("evidence/download/token.tsr/" + item.id()).body();
            byte[] body = new byte[token.length + item.content().length];
            System.arraycopy(token, 0, body, 0, token.length);
            System.arraycopy(item.content(), 0, body, token.length, item.content().length);
            return verified(raw(matrix.api(who)).contentType("application/octet-stream").header("X-Proof-Length", token.length)
                    .body(body).post("/verify/file?proof=token"));
        });
    }

    /** The answer to a call that changes something, judged by the state read before and after it, never by its status alone. */
    static Observed act(Callable<String> state, Callable<Response> call) throws Exception {
        String before = state.call();
        Response answer = call.call();
        return judged(answer, before, state.call());
    }

    /** DONE if a 2xx changed the state; a refusal (401, 403, 404, another 4xx) only if it changed nothing. */
    static Observed judged(Response answer, String before, String after) {
        int status = answer.statusCode();
        String key = ApiAnswers.problemKey(answer);
        String described = status + (key == null ? "" : " " + key) + ", " + before + (after.equals(before) ? " unchanged" : " → " + after);
        boolean changed = !after.equals(before);
        if (status >= 200 && status < 300) {
            return changed ? Observed.as(Outcome.DONE, described) : Observed.unexpected(described + ": answered as done");
        }
        if (changed || status >= 500) {
            return Observed.unexpected(described);
        }
        return switch (status) {
            case 401 -> Observed.as(Outcome.LOGIN, described);
            case 404 -> Observed.as(Outcome.HIDDEN, described);
            case 403 -> new Observed(java.util.Set.of(Outcome.DENIED, Outcome.REFUSED), described);
            default -> status >= 400 ? Observed.as(Outcome.REFUSED, described) : Observed.unexpected(described);
        };
    }

    /** The raw body of a submission (or production), with its SHA-256 as RFC 9530's Content-Digest, and the metadata if asked. */
    static Response submit(RequestSpecification request, String path, Capacity who, boolean withMetadata) throws Exception {
        byte[] content = ("Matrix API submission by " + who.column() + " " + System.nanoTime() + "\n").getBytes(StandardCharsets.UTF_8);
        String digest = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(content));
        RequestSpecification put = raw(request).contentType("text/plain").header("Content-Digest", "sha-256=:" + digest + ":")
                .header("X-File-Name", "matrix-api-" + who.column() + ".txt").body(content);
        if (withMetadata) {
            put = put.header("X-Evidence-Metadata", Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(metadata(who).getBytes(StandardCharsets.UTF_8)));
        }
        return put.put(path);
    }

    /** The request as it is: no charset added to its content type. */
    private static RequestSpecification raw(RequestSpecification request) {
        return request.config(RestAssured.config().encoderConfig(EncoderConfig.encoderConfig()
                .appendDefaultContentCharsetToContentTypeIfUndefined(false)));
    }

    private static String metadata(Capacity who) {
        return "{\"title\":\"Matrix API item by " + who.column() + " " + System.nanoTime() + "\","
                + "\"factToProve\":\"Tried by the access matrix over the API.\",\"confidentiality\":\"PARTIES\"}";
    }

    private static Map<String, String> application(String evidenceSought) {
        Map<String, String> application = new LinkedHashMap<>();
        application.put("ruleKey", DeskPages.RULE);
        application.put("evidenceSought", evidenceSought);
        application.put("factToProve", "That the respondent's ranking uses the claimant's features");
        application.put("whyControlled", "The material is kept on the respondent's own servers");
        application.put("whyMustProduce", "No other source shows which features were used");
        return application;
    }

    /** A key of the caller's own, new for every try: a retry is not what the matrix tries. */
    private static String key(Capacity who) {
        return "matrix-" + who.column() + "-" + Long.toString(System.nanoTime(), 36);
    }

    /** The state of one's own submission under the key, as one reads it (404 if one holds none). */
    private String submissionState(Capacity who, String path) {
        Response state = matrix.api(who).get(path);
        return state.statusCode() == 200 ? state.jsonPath().getString("state") : "answered " + state.statusCode();
    }

    /** The opinion, with the version the caller last read as If-Match (none if the caller cannot read the request). */
    private Response opinion(Capacity who, long requestId) {
        Response current = matrix.api(who).get("/disclosure-requests/" + requestId);
        RequestSpecification put = matrix.api(who).contentType(ContentType.JSON)
                .body(Map.of("opinion", "The respondent opposes the application (" + who.column() + ", over the API)."));
        if (current.statusCode() == 200 && current.header("ETag") != null) {
            put = put.header("If-Match", current.header("ETag"));
        }
        return put.put("/disclosure-requests/" + requestId + "/opinion");
    }

    private long latestUnreadNotice() {
        Response unread = matrix.api(CLAIMANT_NAMED).get("/notices?unread=true");
        if (unread.statusCode() != 200 || unread.jsonPath().getList("items").isEmpty()) {
            throw new IllegalStateException("counsel has no unread notice to mark read: " + unread.statusCode() + " " + unread.asString());
        }
        return unread.jsonPath().getLong("items[0].id");
    }

    private String unread(long noticeId) {
        return String.valueOf(matrix.api(CLAIMANT_NAMED).get("/notices?size=200").jsonPath().getString("items.find { it.id == " + noticeId + " }.unread"));
    }

    private static Observed usingUp(Fresh fresh, Observed observed) {
        if (observed.is(Outcome.DONE)) {
            fresh.usedUp();
        }
        return observed;
    }

    /** The verifier's report, for anyone: DONE if it came as the report, whatever its verdict. */
    private static Observed verified(Response answer) {
        boolean report = answer.statusCode() == 200 && ApiAnswers.type(answer).startsWith("application/json")
                && answer.asString().contains("\"passed\"");
        return report ? Observed.as(Outcome.DONE, "200 the report, passed " + answer.jsonPath().getString("passed"))
                : Observed.unexpected(answer.statusCode() + " " + ApiAnswers.type(answer) + " " + ApiAnswers.problemKey(answer));
    }
}
