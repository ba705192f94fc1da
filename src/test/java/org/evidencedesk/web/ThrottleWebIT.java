package org.evidencedesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.evidencedesk.support.ServerProcess;
import org.evidencedesk.support.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Rate limits, lockouts and the bootstrap administrator's first login, on a server of its own: low limits, a
 * trusted proxy (so that each scenario can come from addresses of its own through {@code X-Forwarded-For}, over
 * HTTPS because a trusted proxy makes the session cookie {@code Secure}), and no configured administrator
 * password, so that one is generated. One start for every scenario: a start costs minutes.
 */
class ThrottleWebIT {

    private static final String DEMO_PASSWORD = "Demo-Evidence-2026";
    private static final int TSA_LIMIT = 5;
    private static final int OCSP_LIMIT = 4;
    private static final int VERIFY_LIMIT = 3;
    private static final int LOGIN_LIMIT = 8;
    private static final int API_LIMIT = 4;
    /** Password checks at once and logins that may wait for one, set rather than taken from the machine. */
    private static final int LOGIN_CHECKS = 1;
    private static final int LOGIN_WAITING = 8;
    /** Sessions of visitors kept: more than any flood below starts at once, so that none of them loses its own. */
    private static final int ANONYMOUS_SESSIONS = 50;
    private static final int TSA_PAUSE_MILLIS = 20;
    /** Long enough that a login refused at the gate at once, not after its pause, could not pass for one that waited. */
    private static final int LOGIN_BUSY_PAUSE_MILLIS = 1500;
    /** The sustained flood's clients are numbered from here, so that its addresses are not the burst's. */
    private static final int SUSTAINED = 1000;
    private static final Path ROOT = Path.of(System.getProperty("project.build.directory", "target"), "throttle-it").toAbsolutePath();

    private static ServerProcess server;

    @BeforeAll
    static void start() throws Exception {
        server = ServerProcess.start(ROOT, true, Map.ofEntries(
                Map.entry("evidencedesk.admin.password", ""),
                Map.entry("evidencedesk.proxy.trusted", "true"),
                Map.entry("evidencedesk.ratelimit.tsa", TSA_LIMIT + "/min"),
                // A short pause before each refused time-stamp query's 429: the burst below is refused 190 times.
                Map.entry("evidencedesk.ratelimit.tsa.pause", String.valueOf(TSA_PAUSE_MILLIS)),
                Map.entry("evidencedesk.ratelimit.ocsp", OCSP_LIMIT + "/min"),
                Map.entry("evidencedesk.ratelimit.verify", VERIFY_LIMIT + "/min"),
                Map.entry("evidencedesk.ratelimit.login", LOGIN_LIMIT + "/min"),
                Map.entry("evidencedesk.ratelimit.api", API_LIMIT + "/min"),
                Map.entry("evidencedesk.login.checks", String.valueOf(LOGIN_CHECKS)),
                Map.entry("evidencedesk.login.waiting", String.valueOf(LOGIN_WAITING)),
                Map.entry("evidencedesk.login.busy.pause", String.valueOf(LOGIN_BUSY_PAUSE_MILLIS)),
                Map.entry("evidencedesk.sessions.anonymous", String.valueOf(ANONYMOUS_SESSIONS))));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /**
     * A visitor's pages keep no state (SecurityWebIT), but a protected page asked for without logging in still starts a
     * session, which keeps the page asked for: such a session ends once {@code evidencedesk.sessions.anonymous} newer
     * ones have started, so that asking without a cookie cannot fill the heap. A logged-in session is never ended so.
     */
    @Test
    void aVisitorsSessionEndsOnceEnoughNewerOnesStartedWhileALoggedInOneStays() throws Exception {
        WebClient member = from("192.0.2.91");
        assertThat(member.login("counsel", DEMO_PASSWORD).statusCode()).isEqualTo(302);

        for (int i = 0; i <= ANONYMOUS_SESSIONS; i++) {
            WebClient visitor = from("192.0.2.93");
            assertThat(visitor.get("home.xhtml").statusCode()).isEqualTo(302);
            assertThat(visitor.sessionId()).as("a session for the page asked for").isPresent();
        }

        assertThat(member.get("home.xhtml").statusCode()).as("the logged-in session stays").isEqualTo(200);
        assertThat(server.log()).contains("A session nobody had logged in to was ended");
    }

    private static WebClient from(String address) throws Exception {
        return WebClient.overHttps(server.httpsBaseUrl()).forwardedFor(address);
    }

    @Test
    void anAttackerElsewhereDoesNotLockTheOwnerOut() throws Exception {
        WebClient attacker = from("203.0.113.9");
        for (int attempt = 0; attempt < 5; attempt++) {
            attacker.login("clerk", "wrong-password-" + attempt);
        }
        assertThat(attacker.login("clerk", DEMO_PASSWORD).body()).contains("Too many failed attempts");

        WebClient owner = from("198.51.100.7");
        HttpResponse<String> login = owner.login("clerk", DEMO_PASSWORD);

        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(owner.get("home.xhtml").statusCode()).isEqualTo(200);
        // The count is a row in the database, where a second node would see it.
        assertThat(failuresInDatabase("login.pair:clerk|203.0.113.9")).isEqualTo(5);
    }

    @Test
    void apiCallsPastTheTokensLimitAnswer429AsAProblemWhileAnotherTokenGoesOn() throws Exception {
        Map<String, String> busy = Map.of("Authorization", "Bearer edk_demo_counsel_" + DEMO_PASSWORD);
        Map<String, String> other = Map.of("Authorization", "Bearer edk_demo_defence_" + DEMO_PASSWORD);
        // Each from an address of its own: the limit is the token's, whatever address its calls come from.
        for (int call = 0; call < API_LIMIT; call++) {
            assertThat(from("198.51.100." + (60 + call)).get("api/v1/me", busy).statusCode()).isEqualTo(200);
        }

        HttpResponse<String> refused = from("198.51.100.70").get("api/v1/me", busy);

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 60L));
        assertThat(refused.body()).contains("\"key\":\"api.rateLimited\"");
        assertThat(from("198.51.100.60").get("api/v1/me", other).statusCode()).isEqualTo(200);
    }

    @Test
    void loginsPastTheLimitAnswer429WithRetryAfterAndSaySoOnTheForm() throws Exception {
        WebClient client = from("192.0.2.50");
        for (int attempt = 0; attempt < LOGIN_LIMIT; attempt++) {
            assertThat(client.login("judge", "wrong-" + attempt).statusCode()).isNotEqualTo(429);
        }

        HttpResponse<String> refused = client.acceptLanguage("en").login("judge", DEMO_PASSWORD);

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);
        assertThat(refused.body()).contains("Too many login attempts from your address");
        assertThat(client.acceptLanguage("zh-CN").login("judge", DEMO_PASSWORD).body()).contains("您的地址登录尝试次数过多");
        assertThat(client.get("home.xhtml").statusCode()).isEqualTo(302);
        assertThat(from("192.0.2.51").login("judge", DEMO_PASSWORD).statusCode()).isEqualTo(302);
    }

    /**
     * A flood of logins from as many addresses, each within every limit: more than the password check slots and the
     * places to wait hold at once (both set for this server), so some are asked to come back, in either
     * language; they are neither counted as failures nor able to keep the owner out.
     */
    @Test
    void aFloodOfLoginsFromManyAddressesIsAskedToComeBackWithoutCountingAsFailures() throws Exception {
        int flood = LOGIN_CHECKS + LOGIN_WAITING + 24;
        List<Flooder> flooders = flooders(0, flood);
        List<String> sessionsBefore = new ArrayList<>();
        for (Flooder flooder : flooders) {
            sessionsBefore.add(flooder.client().sessionId().orElseThrow());
        }

        List<HttpResponse<String>> answers = allAtOnce(flood, i -> flooders.get(i).login(
                Map.of("username", "flood-" + i, "password", "not-the-password-" + i)));

        int refused = 0;
        for (int i = 0; i < flood; i++) {
            HttpResponse<String> answer = answers.get(i);
            String address = floodAddress(i);
            assertThat(answer.statusCode()).as("login %d", i).isIn(200, 503);
            if (answer.statusCode() == 503) {
                refused++;
                assertThat(answer.headers().firstValue("Retry-After")).contains("5");
                assertThat(answer.body()).contains(i % 2 == 0 ? "Many people are logging in right now" : "当前登录人数较多");
                assertThat(failuresInDatabase("login.address:" + address)).as("a refused login is no failure").isZero();
                assertThat(flooders.get(i).client().sessionId()).as("a refused login keeps its session").contains(sessionsBefore.get(i));
            } else {
                assertThat(answer.body()).contains(i % 2 == 0 ? "The username or password is not right" : "用户名或密码不正确");
                assertThat(failuresInDatabase("login.address:" + address)).isEqualTo(1);
                assertThat(flooders.get(i).client().sessionId()).as("a checked login changes its session id")
                        .isPresent().get().isNotEqualTo(sessionsBefore.get(i));
            }
        }
        assertThat(refused).as("more logins than slots and places to wait").isPositive();
        assertThat(from("198.51.100.77").login("clerk", DEMO_PASSWORD).statusCode()).isEqualTo(302);
    }

    /**
     * Logins that keep coming, each client posting again as soon as it is answered: once every slot and place to wait
     * is taken, a login is asked to come back before its form reaches the page (LoginGate), with the same answer, and
     * nothing is counted for it, after a pause (asynchronously: the request holds no thread meanwhile). Each client stops
     * at its first such answer, or after three posts.
     */
    @Test
    void aSustainedFloodIsAskedToComeBackBeforeTheLoginPageIsRendered() throws Exception {
        int flood = LOGIN_CHECKS + LOGIN_WAITING + 8;
        List<Flooder> flooders = flooders(SUSTAINED, flood);

        List<List<TimedAnswer>> answers = allAtOnce(flood, i -> {
            List<TimedAnswer> mine = new ArrayList<>();
            for (int post = 0; post < 3 && mine.stream().noneMatch(timed -> askedAtTheGate(timed.answer())); post++) {
                long start = System.nanoTime();
                HttpResponse<String> answer = flooders.get(i).login(
                        Map.of("username", "sustained-" + i + "-" + post, "password", "not-the-password"));
                mine.add(new TimedAnswer(answer, Duration.ofNanos(System.nanoTime() - start)));
            }
            return mine;
        });

        int atTheGate = 0;
        for (int i = 0; i < flood; i++) {
            int checked = 0;
            for (TimedAnswer timed : answers.get(i)) {
                HttpResponse<String> answer = timed.answer();
                assertThat(answer.statusCode()).as("login %d", i).isIn(200, 503);
                if (answer.statusCode() == 503) {
                    assertThat(answer.headers().firstValue("Retry-After")).contains("5");
                    assertThat(answer.body()).contains(i % 2 == 0 ? "Many people are logging in right now" : "当前登录人数较多");
                    if (askedAtTheGate(answer)) {
                        atTheGate++;
                        assertThat(answer.headers().firstValue("X-Content-Type-Options")).as("the gate's own answer").contains("nosniff");
                        assertThat(answer.headers().firstValue("X-Frame-Options")).contains("DENY");
                        assertThat(answer.headers().firstValue("Referrer-Policy")).contains("same-origin");
                        assertThat(timed.took()).as("answered after its pause").isGreaterThanOrEqualTo(Duration.ofMillis(LOGIN_BUSY_PAUSE_MILLIS));
                    }
                } else {
                    checked++;
                }
            }
            assertThat(failuresInDatabase("login.address:" + floodAddress(SUSTAINED + i)))
                    .as("failures of client %d: one per checked login, none per refusal", i).isEqualTo(checked);
        }
        assertThat(atTheGate).as("logins asked to come back before the page").isPositive();
        assertThat(from("198.51.100.78").login("clerk", DEMO_PASSWORD).statusCode()).isEqualTo(302);
    }

    private record TimedAnswer(HttpResponse<String> answer, Duration took) {
    }

    /** The gate's page, not the login page's message: it says that the attempt was not checked. */
    private static boolean askedAtTheGate(HttpResponse<String> answer) {
        return answer.statusCode() == 503
                && (answer.body().contains("does not count as a failed one") || answer.body().contains("不计为失败尝试"));
    }

    /** A client of the flood with the login form it opened; even-numbered ones read English, the others Chinese. */
    private record Flooder(WebClient client, WebClient.OpenPage form) {

        HttpResponse<String> login(Map<String, String> fields) throws Exception {
            return client.submit(form, "login", "submit", fields);
        }
    }

    /**
     * {@code count} clients from addresses of their own, numbered from {@code first}, each with the login form open
     * and a session: each was sent there by a protected page, which keeps the page asked for in a session.
     */
    private static List<Flooder> flooders(int first, int count) throws Exception {
        List<Flooder> flooders = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            WebClient client = from(floodAddress(first + i)).acceptLanguage(i % 2 == 0 ? "en" : "zh-CN");
            client.get("home.xhtml");
            flooders.add(new Flooder(client, client.open("login.xhtml")));
        }
        return flooders;
    }

    /** One address of the benchmarking range (RFC 2544) per flooding client. */
    private static String floodAddress(int client) {
        return "198.19." + (client / 200) + "." + (client % 200 + 1);
    }

    /** Sends every request at the same moment, each on a thread of its own, and answers their responses in order. */
    private static <T> List<T> allAtOnce(int count, Request<T> request) throws Exception {
        ExecutorService senders = Executors.newFixedThreadPool(count);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<T>> sent = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                sent.add(senders.submit(() -> {
                    go.await();
                    return request.send(index);
                }));
            }
            go.countDown();
            List<T> answers = new ArrayList<>();
            for (Future<T> answer : sent) {
                answers.add(answer.get(2, TimeUnit.MINUTES));
            }
            return answers;
        } finally {
            senders.shutdownNow();
        }
    }

    private interface Request<T> {
        T send(int index) throws Exception;
    }

    @Test
    void timeStampQueriesPastTheLimitAnswer429WithRetryAfter() throws Exception {
        WebClient client = from("192.0.2.60");
        byte[] query = timeStampQuery();
        for (int request = 0; request < TSA_LIMIT; request++) {
            assertThat(client.post("tsa", "application/timestamp-query", query).statusCode()).isEqualTo(200);
        }

        HttpResponse<byte[]> refused = client.post("tsa", "application/timestamp-query", query);

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);
        assertThat(new String(refused.body(), StandardCharsets.UTF_8)).contains("Too many time-stamp queries");
        // Answered after its pause, asynchronously, by the first filters: with the security headers all the same.
        assertThat(refused.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(from("192.0.2.61").post("tsa", "application/timestamp-query", query).statusCode()).isEqualTo(200);
    }

    /**
     * The OCSP responder signs an answer for anyone: requests by GET and by POST count together, against a limit of
     * their own (an address's time-stamp queries do not use it up), and past it wait for a 429 as time-stamp queries do.
     */
    @Test
    void ocspRequestsPastTheLimitAnswer429WithRetryAfterAndCountApartFromTimeStampQueries() throws Exception {
        WebClient client = from("192.0.2.62");
        byte[] notARequest = "not a request".getBytes(StandardCharsets.US_ASCII);
        for (int request = 0; request < OCSP_LIMIT; request++) {
            int status = request % 2 == 0 ? client.get("pki/ocsp/MAcwBTADAgEB").statusCode()
                    : client.post("pki/ocsp", "application/ocsp-request", notARequest).statusCode();
            assertThat(status).isEqualTo(200);
        }

        HttpResponse<String> refused = client.get("pki/ocsp/MAcwBTADAgEB");

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);
        assertThat(refused.body()).contains("Too many OCSP requests");
        assertThat(client.post("pki/ocsp", "application/ocsp-request", notARequest).statusCode()).isEqualTo(429);
        assertThat(client.post("tsa", "application/timestamp-query", timeStampQuery()).statusCode()).as("a budget of its own")
                .isEqualTo(200);
        assertThat(from("192.0.2.63").get("pki/ocsp/MAcwBTADAgEB").statusCode()).isEqualTo(200);
    }

    @Test
    void verificationsPastTheLimitAnswer429WithAFriendlyPage() throws Exception {
        WebClient client = from("192.0.2.70");
        assertThat(client.get("verify.xhtml").statusCode()).isEqualTo(200);
        for (int request = 0; request < VERIFY_LIMIT; request++) {
            assertThat(client.post("verify.xhtml", Map.of("anything", "x")).statusCode()).isNotEqualTo(429);
        }

        HttpResponse<byte[]> refused = client.post("verify.xhtml", Map.of("anything", "x"));

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);
        assertThat(new String(refused.body(), StandardCharsets.UTF_8)).contains("too many verifications").doesNotContain("at org.evidencedesk");
        HttpResponse<byte[]> chinese = client.acceptLanguage("zh-CN").post("verify.xhtml", Map.of("anything", "x"));
        assertThat(new String(chinese.body(), StandardCharsets.UTF_8)).contains("请求验证的次数过多");
        assertThat(client.get("verify.xhtml").statusCode()).as("opening the page is not limited").isEqualTo(200);
    }

    @Test
    void theApisVerificationsCountWithThePagesAndPastTheLimitAnswer429AsAProblem() throws Exception {
        WebClient client = from("192.0.2.71");
        byte[] notAZip = "not a zip".getBytes(StandardCharsets.US_ASCII);
        for (int request = 0; request < VERIFY_LIMIT - 1; request++) {
            assertThat(client.post("verify.xhtml", Map.of("anything", "x")).statusCode()).isNotEqualTo(429);
        }
        assertThat(client.post("api/v1/verify", "application/zip", notAZip).statusCode()).isEqualTo(200);

        HttpResponse<byte[]> refused = client.acceptLanguage("zh-CN").post("api/v1/verify", "application/zip", notAZip);

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(new String(refused.body(), StandardCharsets.UTF_8)).contains("\"key\":\"api.verify.rateLimited\"", "请求验证的次数过多");
        assertThat(client.post("verify.xhtml", Map.of("anything", "x")).statusCode()).as("the page shares the count").isEqualTo(429);
    }

    @Test
    void aLineBreakInTheUsernameCannotForgeALogLine() throws Exception {
        from("192.0.2.80").login("nobody\r\nSEVERE: forged line from the login form", "wrong-password");

        String log = server.log();
        assertThat(log).contains("nobody\\r\\nSEVERE: forged line from the login form");
        assertThat(log).doesNotContain("\nSEVERE: forged line from the login form");
    }

    @Test
    void theGeneratedAdministratorPasswordMustBeChangedBeforeAnythingElse() throws Exception {
        String generated = generatedPassword();
        WebClient admin = from("192.0.2.90");

        HttpResponse<String> login = admin.login("admin", generated);

        assertThat(login.headers().firstValue("Location").orElseThrow()).contains("/account.xhtml");
        for (String page : List.of("home.xhtml", "admin/users.xhtml", "cases/list.xhtml")) {
            HttpResponse<String> held = admin.get(page);
            assertThat(held.statusCode()).as(page).isEqualTo(302);
            assertThat(held.headers().firstValue("Location").orElseThrow()).as(page).endsWith("/account.xhtml");
        }
        HttpResponse<String> account = admin.get("account.xhtml");
        assertThat(account.statusCode()).isEqualTo(200);
        assertThat(account.body()).contains("generated when Evidence Desk was installed");
        assertThat(admin.acceptLanguage("zh-CN").get("account.xhtml").body()).contains("自动生成");
        assertThat(passwordChangeRequired()).isTrue();

        String chosen = "Harbour-Lantern-" + new SecureRandom().nextInt(1_000_000);
        HttpResponse<String> changed = admin.acceptLanguage("en").submit("account.xhtml", "password", "save",
                Map.of("current", generated, "new", chosen, "repeat", chosen));

        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(admin.get("home.xhtml").statusCode()).isEqualTo(200);
        assertThat(admin.get("admin/users.xhtml").statusCode()).isEqualTo(200);
        assertThat(passwordChangeRequired()).isFalse();
    }

    @Test
    void aDemoUserIsNotAskedToChangeItsPassword() throws Exception {
        WebClient judge = from("192.0.2.95");
        judge.login("judge2", DEMO_PASSWORD);

        assertThat(judge.get("home.xhtml").statusCode()).isEqualTo(200);
    }

    /**
     * What the rate limit costs a request: a refused {@code /tsa} query does nothing but the limiter's work and waits
     * out the pause before its 429 (here {@value #TSA_PAUSE_MILLIS} ms, on an asynchronous request), so its round
     * trip, less that of a static GET and the pause, is that cost.
     * Printed for the report. Asserted: every request of a burst is stamped or refused with 429, and no more are
     * stamped than the limit allows in the windows the burst lasted (on a loaded machine it may outlast one).
     */
    @Test
    void aBurstPastTheLimitIsRefusedAndTheCostIsMeasured() throws Exception {
        WebClient client = new WebClient(server.baseUrl()).forwardedFor("192.0.2.99");
        byte[] query = timeStampQuery();
        int rounds = 200;
        int admitted = 0;
        long refusedNanos = 0;
        long began = System.nanoTime();
        for (int round = 0; round < rounds; round++) {
            long start = System.nanoTime();
            int status = client.post("tsa", "application/timestamp-query", query).statusCode();
            long took = System.nanoTime() - start;
            assertThat(status).isIn(200, 429);
            if (status == 200) {
                admitted++;
            } else {
                refusedNanos += took;
            }
        }
        long windows = (System.nanoTime() - began) / 60_000_000_000L + 1;
        assertThat(admitted).isBetween(TSA_LIMIT, (int) (TSA_LIMIT * windows));

        long staticNanos = 0;
        for (int round = 0; round < rounds; round++) {
            long start = System.nanoTime();
            client.getBytes("root-ca.pem");
            staticNanos += System.nanoTime() - start;
        }
        int stamped = 50;
        long stampedNanos = 0;
        for (int round = 0; round < stamped; round++) {
            WebClient fresh = new WebClient(server.baseUrl()).forwardedFor("198.18.0." + round);
            long start = System.nanoTime();
            fresh.post("tsa", "application/timestamp-query", query);
            stampedNanos += System.nanoTime() - start;
        }
        System.out.printf("Rate limit cost: refused /tsa %.2f ms mean (%d), GET /root-ca.pem %.2f ms (%d),"
                        + " stamped /tsa, first query of an address %.2f ms (%d)%n",
                refusedNanos / 1e6 / (rounds - admitted), rounds - admitted, staticNanos / 1e6 / rounds, rounds,
                stampedNanos / 1e6 / stamped, stamped);
    }

    private static String generatedPassword() throws Exception {
        Matcher matcher = Pattern.compile("'admin' created with password (\\S+) ").matcher(server.log());
        assertThat(matcher.find()).as("the generated password is in the log").isTrue();
        return matcher.group(1);
    }

    private static boolean passwordChangeRequired() throws Exception {
        try (Connection db = server.openDatabase();
             ResultSet row = db.createStatement().executeQuery(
                     "select password_change_required from app_user where username = 'admin'")) {
            assertThat(row.next()).isTrue();
            return row.getBoolean(1);
        }
    }

    private static int failuresInDatabase(String key) throws Exception {
        try (Connection db = server.openDatabase();
             PreparedStatement statement = db.prepareStatement("select hits from throttle_counter where counter_key = ?")) {
            statement.setString(1, key);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? row.getInt(1) : 0;
            }
        }
    }

    private static byte[] timeStampQuery() throws Exception {
        TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
        generator.setCertReq(true);
        return generator.generate(NISTObjectIdentifiers.id_sha256, new byte[32]).getEncoded();
    }
}
