package org.evidencedesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.evidencedesk.support.ServerProcess;
import org.evidencedesk.support.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What must hold across a restart of a real Payara Micro with its own H2 database. Starts cost 35-70 s each, so the
 * server is started, stopped and started again once for the class, and each test checks one thing on the second start.
 * <ul>
 * <li>The lapse timer: an order whose deadline passes while the server is down lapses, and is referred to the judge,
 * as soon as the server is back, without anyone acting. While the server is stopped, one granted order's deadline is
 * moved into the past, as the passing of time would.</li>
 * <li>A visitor's login form: the login page keeps nothing on the server, so a form opened before the restart logs in
 * after it.</li>
 * </ul>
 */
class RestartIT {

    private static final Path ROOT = Path.of(System.getProperty("project.build.directory", "target"), "restart-it")
            .toAbsolutePath();
    private static final ZoneId COURT_ZONE = ZoneId.of("Asia/Shanghai");
    private static final Map<String, String> JUDGE = Map.of("username", "judge", "password", "Demo-Evidence-2026");

    private static ServerProcess second;
    private static WebClient.OpenPage loginOpenedBefore;
    private static long lapsedOrder;

    @BeforeAll
    static void startStopAndStartAgain() throws Exception {
        ServerProcess first = ServerProcess.start(ROOT, true);
        try {
            loginOpenedBefore = new WebClient(first.baseUrl()).open("login.xhtml");
        } finally {
            first.stop();
        }
        lapsedOrder = moveAGrantedOrdersDeadlineIntoThePast(first.dataDirectory());
        second = ServerProcess.start(ROOT, false);
    }

    @AfterAll
    static void stop() {
        if (second != null) {
            second.stop();
        }
    }

    @Test
    void anOrderWhoseDeadlinePassedWhileTheServerWasDownLapsesWhenItComesBack() throws Exception {
        WebClient judge = new WebClient(second.baseUrl());
        assertThat(judge.submit("login.xhtml", "login", "submit", JUDGE).statusCode()).isEqualTo(302);

        String page = awaitStatus(judge, lapsedOrder, "For the judge: presumption or finding on damages?");

        assertThat(page).contains("Deadline lapsed");
    }

    @Test
    void aLoginFormOpenedBeforeTheRestartLogsInAfterIt() throws Exception {
        HttpResponse<String> login = new WebClient(second.baseUrl()).submit(loginOpenedBefore, "login", "submit", JUDGE);

        assertThat(login.statusCode()).as("the form opened before the restart logs in:\n%s", login.body()).isEqualTo(302);
    }

    private static long moveAGrantedOrdersDeadlineIntoThePast(Path dataDirectory) throws Exception {
        String url = "jdbc:h2:file:" + dataDirectory.resolve("db/evidencedesk");
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            long order;
            try (PreparedStatement find = connection.prepareStatement(
                    "select id from disclosure_request where status = 'GRANTED' order by id");
                 ResultSet granted = find.executeQuery()) {
                assertThat(granted.next()).as("the demo data holds a granted order").isTrue();
                order = granted.getLong(1);
            }
            LocalDate yesterday = LocalDate.now(COURT_ZONE).minusDays(1);
            try (PreparedStatement move = connection.prepareStatement(
                    "update disclosure_request set due_on = ?, due_at = ? where id = ?")) {
                move.setObject(1, yesterday);
                move.setTimestamp(2, Timestamp.from(yesterday.plusDays(1).atStartOfDay(COURT_ZONE).toInstant()));
                move.setLong(3, order);
                assertThat(move.executeUpdate()).isEqualTo(1);
            }
            return order;
        }
    }

    /** The request page once it shows the status, or the last page seen after half a minute. */
    private static String awaitStatus(WebClient client, long order, String status) throws Exception {
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(30));
        String page;
        do {
            HttpResponse<String> response = client.get("disclosure/request.xhtml?id=" + order);
            page = response.body();
            if (page.contains(status)) {
                return page;
            }
            Thread.sleep(1000);
        } while (Instant.now().isBefore(giveUp));
        throw new AssertionError("Request " + order + " did not become '" + status + "':\n" + page);
    }
}
