package org.evidencedesk.bench;

import static io.gatling.javaapi.core.CoreDsl.ByteArrayBody;
import static io.gatling.javaapi.http.HttpDsl.RawFileBodyPart;
import static io.gatling.javaapi.http.HttpDsl.StringBodyPart;
import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.bodyBytes;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.foreach;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One phase of the load benchmark against a running Evidence Desk: people browsing (each logs in as one account
 * and walks that account's pages of {@code walks.tsv} round and round, with think time between pages), clients of
 * the API calling it with the demo tokens (a case list, a case, its items, custody, deadlines, members, disclosure
 * requests, an item, the notices, with the same think time), counsel uploading large files through the upload page
 * exactly as PrimeFaces posts them and registering each, and optionally a flood of RFC 3161 queries to
 * {@code /tsa} with no pause at all. Every user stops at the same moment, the phase's
 * duration after the start. A 429 from {@code /tsa} (a rate limit doing its job) is counted apart as "limited",
 * not as an error; every other answer than the expected one is an error.
 */
public class LoadSimulation extends Simulation {

    private static final AtomicLong LIMITED = new AtomicLong();
    private static volatile long endsAt;

    private final LoadSettings settings = LoadSettings.fromSystemProperties();

    private final HttpProtocolBuilder protocol = http
            .baseUrl(settings.url())
            .disableFollowRedirect()
            .acceptLanguageHeader("en")
            .userAgentHeader("Evidence Desk load benchmark (Gatling)");

    {
        List<PopulationBuilder> populations = new ArrayList<>();
        populations.add(browsing().injectOpen(rampUsers(settings.browsers()).during(settings.ramp())));
        if (settings.uploaders() > 0) {
            populations.add(uploading().injectOpen(rampUsers(settings.uploaders()).during(settings.ramp())));
        }
        if (settings.apiUsers() > 0) {
            populations.add(callingTheApi().injectOpen(rampUsers(settings.apiUsers()).during(settings.ramp())));
        }
        if (settings.tsaUsers() > 0) {
            populations.add(tsaFlood().injectOpen(atOnceUsers(settings.tsaUsers())));
        }
        setUp(populations).protocols(protocol).maxDuration(settings.duration().plusMinutes(15));
    }

    @Override
    public void before() {
        endsAt = System.nanoTime() + settings.duration().toNanos();
    }

    @Override
    public void after() {
        try {
            Files.writeString(settings.work().resolve("limited.txt"), LIMITED.get() + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean phaseRunning(Session session) {
        return System.nanoTime() < endsAt;
    }

    private ScenarioBuilder browsing() {
        Walks walks = Walks.of(settings.records("walks.tsv"));
        return scenario("browsing")
                .feed(Feeds.inTurn(walks.accounts(), "username"))
                .exec(logIn())
                .exec(asLongAs(LoadSimulation::phaseRunning).on(
                        foreach(session -> walks.of(session.getString("username")), "step").on(
                                doIf(LoadSimulation::phaseRunning).then(
                                        exec(http(session -> step(session).name())
                                                .get(session -> step(session).path())
                                                .check(status().is(200))
                                                .checkIf((response, session) -> step(session).page())
                                                .then(substring("</html>")))
                                                .exec(think())))));
    }

    private static Walks.Step step(Session session) {
        return session.get("step");
    }

    /**
     * A client of the API with a demo user's token: the user's case list, then one case from it with its items,
     * custody log (court tokens only), deadlines, members and disclosure requests, one of its items, and the
     * user's notices.
     */
    private ScenarioBuilder callingTheApi() {
        return scenario("api")
                .feed(Feeds.inTurn(settings.records("api-accounts.tsv"), "username", "token", "court"))
                .exec(asLongAs(LoadSimulation::phaseRunning).on(
                        exec(api("api cases", "/api/v1/cases")
                                .check(jsonPath("$.items[*].id").findRandom().saveAs("apiCaseId")))
                                .exec(think())
                                .exec(api("api case", "/api/v1/cases/#{apiCaseId}"))
                                .exec(think())
                                .exec(api("api case items", "/api/v1/cases/#{apiCaseId}/items?page=0&size=50")
                                        .check(jsonPath("$.items[*].id").findRandom().optional().saveAs("apiItemId")))
                                .exec(think())
                                // The custody log needs the court scope, which only the court's tokens have.
                                .doIf(session -> session.getString("court").equals("court")).then(
                                        exec(api("api case custody", "/api/v1/cases/#{apiCaseId}/custody")).exec(think()))
                                .exec(api("api case deadlines", "/api/v1/cases/#{apiCaseId}/deadlines"))
                                .exec(api("api case members", "/api/v1/cases/#{apiCaseId}/members"))
                                .exec(api("api disclosure requests", "/api/v1/cases/#{apiCaseId}/disclosure-requests"))
                                .exec(think())
                                .doIf(session -> session.contains("apiItemId")).then(
                                        exec(api("api item", "/api/v1/items/#{apiItemId}")).exec(think()))
                                .exec(session -> session.remove("apiItemId"))
                                .exec(api("api notices", "/api/v1/notices"))
                                .exec(think())));
    }

    private static HttpRequestActionBuilder api(String name, String path) {
        return http(name).get(path)
                .header("Authorization", "Bearer #{token}")
                .header("Accept", "application/json")
                // 304: Gatling's cache revalidates with the ETag the API gave, and the answer has not changed.
                .check(status().in(200, 304));
    }

    private ScenarioBuilder uploading() {
        return scenario("uploading")
                .exec(session -> session.set("username", "counsel"))
                .exec(logIn())
                .exec(asLongAs(LoadSimulation::phaseRunning).on(
                        feed(Feeds.atRandom(settings.records("upload-cases.tsv"), "caseId"))
                                .feed(Feeds.atRandom(settings.records("upload-files.tsv"), "path", "sha16", "fileName"))
                                .exec(http("upload page").get("/evidence/upload.xhtml").queryParam("case", "#{caseId}")
                                        .check(status().is(200), substring("id=\"upload:files\""),
                                                FacesForms.viewState(), FacesForms.nonce()))
                                .exec(upload())
                                .exec(register())));
    }

    /** What PrimeFaces' fileupload.js posts for one file: the form's fields, the partial request, the file. */
    private static ChainBuilder upload() {
        return exec(http("upload").post("/evidence/upload.xhtml?case=#{caseId}")
                .header("Faces-Request", "partial/ajax")
                .bodyPart(StringBodyPart("upload", "upload"))
                .bodyPart(StringBodyPart("jakarta.faces.ViewState", "#{viewState}"))
                .bodyPart(StringBodyPart("primefaces.nonce", "#{nonce}"))
                .bodyPart(StringBodyPart("jakarta.faces.partial.ajax", "true"))
                .bodyPart(StringBodyPart("jakarta.faces.partial.execute", "upload:files"))
                .bodyPart(StringBodyPart("jakarta.faces.source", "upload:files"))
                .bodyPart(StringBodyPart("upload:files_totalFilesCount", "1"))
                .bodyPart(StringBodyPart("jakarta.faces.partial.render", "describe messages"))
                .bodyPart(RawFileBodyPart("upload:files", "#{path}")
                        .fileName("#{fileName}").contentType("application/octet-stream"))
                .asMultipartForm()
                .check(status().is(200), substring("#{sha16}")));
    }

    /** The description of the uploaded file, submitted: numbered, time-stamped, signed, then back to the case. */
    private static ChainBuilder register() {
        return exec(http("register").post("/evidence/upload.xhtml?case=#{caseId}")
                .formParam("describe", "describe")
                .formParam("jakarta.faces.ViewState", "#{viewState}")
                .formParam("primefaces.nonce", "#{nonce}")
                .formParam("describe:items:0:title", "Load benchmark #{fileName}")
                .formParam("describe:items:0:fact", "Intake under load")
                .formParam("describe:items:0:confidentiality_input", "PARTIES")
                .formParam("describe:submit", "")
                .check(status().is(302), header("Location").transform(to -> to.contains("/cases/view.xhtml?id=")).is(true)));
    }

    private ScenarioBuilder tsaFlood() {
        byte[] query = settings.bytes("tsa-query.tsq");
        return scenario("tsa flood")
                .exec(asLongAs(LoadSimulation::phaseRunning).on(
                        exec(http("tsa").post("/tsa")
                                .header("Content-Type", "application/timestamp-query")
                                .body(ByteArrayBody(query))
                                .check(status().in(200, 429).saveAs("tsaStatus"))
                                .checkIf((response, session) -> response.status().code() == 200)
                                .then(header("Content-Type").is("application/timestamp-reply"),
                                        bodyBytes().transform(TimestampReplies::granted).is(true)))
                                .exec(session -> {
                                    if (session.getInt("tsaStatus") == 429) {
                                        LIMITED.incrementAndGet();
                                    }
                                    return session;
                                })));
    }

    private ChainBuilder logIn() {
        return exec(http("login page").get("/login.xhtml")
                .check(status().is(200), FacesForms.viewState(), FacesForms.nonce()))
                .exec(http("login").post("/login.xhtml")
                        .formParam("login", "login")
                        .formParam("login:username", "#{username}")
                        .formParam("login:password", settings.password())
                        .formParam("login:submit", "")
                        .formParam("jakarta.faces.ViewState", "#{viewState}")
                        .formParam("primefaces.nonce", "#{nonce}")
                        .check(status().is(302), header("Location").transform(to -> !to.contains("login.xhtml")).is(true)))
                .exitHereIfFailed();
    }

    private ChainBuilder think() {
        return exec(pause(settings.thinkMin(), settings.thinkMax()));
    }
}
