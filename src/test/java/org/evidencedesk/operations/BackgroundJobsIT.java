package org.evidencedesk.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.evidencedesk.support.ServerProcess;
import org.evidencedesk.support.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The background jobs on a real Payara Micro with the demo data and its own H2 database, which the test reaches as
 * another node would: the lapse timer lapses an order whose deadline passes while the server runs; the nightly
 * sweep, due at its configured time, writes its checkpoints, survives a failed run and runs again; {@code /health}
 * turns DOWN while a job has missed its schedule; and the sweep reports a custody chain whose tail was deleted and
 * whose head row was rewound to match, against the chain's signed checkpoint.
 *
 * <p>Where time must pass (a day until the next nightly run), the test moves the job's due time in the database to
 * now, as the passing of time would: the run still comes from the scheduler, which reads the due time from there.
 * One server for all four, in this order: the truncation, which breaks two chains on purpose, comes after the others.
 * Last, an administrator revokes the signing certificate on the Keys page, which leaves the server's key revoked.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BackgroundJobsIT {

    private static final Path ROOT = Path.of(System.getProperty("project.build.directory", "target"), "jobs-it")
            .toAbsolutePath();
    private static final ZoneId COURT_ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalTime NIGHTLY = LocalTime.of(2, 17);
    private static final String SWEEP = "integrity-sweep";
    private static final String DEADLINES = "disclosure-deadlines";

    private static ServerProcess server;

    @BeforeAll
    static void start() throws Exception {
        server = ServerProcess.start(ROOT, true, Map.of("evidencedesk.sweep.time", NIGHTLY.toString()));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    @Order(1)
    void anOrderWhoseDeadlinePassesWhileTheServerRunsLapsesWithinTwoMinutes() throws Exception {
        // Later than the timer's first run after start-up (a minute after it): the runs that follow must work too.
        Instant deadline = Instant.now().plusSeconds(90);
        long order = setTheDeadlineOfAGrantedOrder(deadline);
        WebClient judge = new WebClient(server.baseUrl());
        judge.login("judge", "Demo-Evidence-2026");

        String page = await(deadline.plus(Duration.ofMinutes(2)), () -> {
            String body = judge.get("disclosure/request.xhtml?id=" + order).body();
            return body.contains("For the judge: presumption or finding on damages?") ? body : null;
        }, "request " + order + " lapsed");

        assertThat(page).contains("Deadline lapsed");
    }

    @Test
    @Order(2)
    void theNightlyJobRunsAtItsConfiguredTimeWritesCheckpointsAndRunsAgainAfterAFailedRun() throws Exception {
        Instant nextNightly = nextOccurrence(NIGHTLY);
        assertThat(job(SWEEP).nextDue()).as("due at the configured time").isEqualTo(nextNightly);
        long checkpointsBefore = count("select count(*) from custody_checkpoint");

        makeDue(SWEEP);
        JobRow first = await(Instant.now().plusSeconds(120), () -> job(SWEEP).lastSuccess().isPresent() ? job(SWEEP) : null,
                "the nightly job's first run");
        assertThat(count("select count(*) from custody_checkpoint")).isGreaterThan(checkpointsBefore);
        assertThat(first.nextDue()).as("due again at the configured time").isEqualTo(nextNightly);
        assertThat(first.lastFailure()).isEmpty();

        long checkpointsAfterFirst = count("select count(*) from custody_checkpoint");
        long lockedCase = count("select min(case_id) from custody_head");
        String ofLockedCase = "select count(*) from custody_checkpoint where case_id = " + lockedCase;
        long lockedCaseCheckpoints = count(ofLockedCase);
        try (Connection lock = server.openDatabase()) {
            // Another transaction holds the chain's head row, as a long intake would: checkpointing that chain fails.
            lock.setAutoCommit(false);
            try (PreparedStatement hold = lock.prepareStatement("select * from custody_head where case_id = ? for update")) {
                hold.setLong(1, lockedCase);
                hold.executeQuery().close();
            }
            makeDue(SWEEP);
            JobRow failed = await(Instant.now().plusSeconds(120), () -> job(SWEEP).lastFailure().isPresent() ? job(SWEEP) : null,
                    "the nightly job's failed run");
            assertThat(failed.failureMessage()).contains("case " + lockedCase);
            assertThat(failed.lastSuccess()).isEqualTo(first.lastSuccess());
            assertThat(count(ofLockedCase)).isEqualTo(lockedCaseCheckpoints);
            lock.rollback();
        }
        String jobsPage = administrator().get("admin/jobs.xhtml").body();
        assertThat(jobsPage).contains("Integrity sweep and custody checkpoints", "last run failed", "Checkpoints failed for 1 of");
        // The archive time-stamps' section renders with the page (issue 14): the earliest renewal due, and how many are due.
        assertThat(jobsPage).contains("Archive time-stamps", "Earliest renewal due", "Due within 90 days", "id=\"renewal-due\"");

        makeDue(SWEEP);
        JobRow again = await(Instant.now().plusSeconds(120),
                () -> job(SWEEP).lastSuccess().filter(at -> at.isAfter(first.lastSuccess().orElseThrow())).isPresent()
                        ? job(SWEEP) : null, "the nightly job's run after the failed one");
        assertThat(again.nextDue()).isEqualTo(nextNightly);
        assertThat(count(ofLockedCase)).isGreaterThan(lockedCaseCheckpoints);
        assertThat(count("select count(*) from custody_checkpoint")).isGreaterThan(checkpointsAfterFirst);
    }

    @Test
    @Order(3)
    void healthIsDownWhileAJobHasMissedItsScheduleAndUpOnceItRuns() throws Exception {
        WebClient anonymous = new WebClient(server.baseUrl());
        assertThat(anonymous.get("health").statusCode()).isEqualTo(200);

        try (Connection other = server.openDatabase()) {
            update(other, "update background_job set next_due = ? where name = ?", Instant.now().minus(Duration.ofHours(1)), DEADLINES);
            other.setAutoCommit(false);
            // Held so that no scheduler can take the job: as if every node's scheduler had stopped.
            try (PreparedStatement hold = other.prepareStatement("select * from background_job where name = ? for update")) {
                hold.setString(1, DEADLINES);
                hold.executeQuery().close();
            }
            HttpResponse<String> down = anonymous.get("health");
            assertThat(down.statusCode()).as(down.body()).isEqualTo(503);
            assertThat(down.body()).contains("\"DOWN\"").contains(DEADLINES);
            other.rollback();
        }

        HttpResponse<String> up = await(Instant.now().plusSeconds(90), () -> {
            HttpResponse<String> health = anonymous.get("health");
            return health.statusCode() == 200 ? health : null;
        }, "health UP once the job ran");
        assertThat(up.body()).contains(DEADLINES);
    }

    /**
     * Two chains: the demo case with evidence, checkpointed once, and a case without evidence whose only entries are
     * two checkpoints (the first covers the empty chain, the second the first's entry). In each, the entries from
     * the one the latest checkpoint signed onwards are deleted and the head row rewound to the entry before.
     */
    @Test
    @Order(4)
    void theSweepReportsAChainWhoseTailWasDeletedAndWhoseHeadWasRewound() throws Exception {
        long withEvidence = count("select min(case_id) from evidence_item");
        long withoutEvidence = count("select min(c.id) from dispute_case c where c.case_number is not null and not exists"
                + " (select 1 from evidence_item e where e.case_id = c.id)");
        WebClient clerk = new WebClient(server.baseUrl());
        clerk.login("clerk", "Demo-Evidence-2026");
        checkpoint(clerk, withEvidence);
        checkpoint(clerk, withoutEvidence);
        checkpoint(clerk, withoutEvidence);

        long signedWith = truncateFromTheLatestCheckpointOn(withEvidence);
        long signedWithout = truncateFromTheLatestCheckpointOn(withoutEvidence);

        WebClient admin = administrator();
        WebClient.OpenPage integrity = admin.open("admin/integrity.xhtml");
        assertThat(admin.submitForm(integrity, "sweep", "run", Map.of()).statusCode()).isEqualTo(302);
        String report = admin.get("admin/integrity.xhtml").body();

        assertThat(report).contains("case " + withEvidence + " custody log: entry " + signedWith + ", covered by the checkpoint");
        assertThat(report).contains("case " + withoutEvidence + " custody log: entry " + signedWithout + ", covered by the checkpoint");
    }

    /**
     * Administration › Keys over HTTP (issue 14): the earliest expiry with the days left; a revocation without the
     * administrator's confirmation changes nothing; with it, the page redirects, says how many custody logs got the
     * entry, shows the certificate revoked, and every case with entries holds exactly one such entry, in its
     * exported chain too; the certificate is no longer offered, and posting it again is refused. Last, on this
     * server of its own: from here on its signing certificate is revoked.
     */
    @Test
    @Order(5)
    void anAdministratorRevokesTheSigningCertificateOnTheKeysPage() throws Exception {
        WebClient admin = administrator();
        WebClient.OpenPage keys = admin.open("admin/keys.xhtml");
        assertThat(keys.body()).contains("Earliest expiry across the installation").contains("day(s)");
        String signing = java.util.regex.Pattern.compile("<option value=\"([0-9a-f]{64})\"[^>]*>CN=Evidence Desk Signing")
                .matcher(keys.body()).results().map(match -> match.group(1)).findFirst().orElseThrow();
        Map<String, String> form = Map.of("certificate", signing, "reason", "KEY_COMPROMISE",
                "comment", "Key copied to a lost laptop");

        HttpResponse<String> unconfirmed = admin.submitForm(keys, "revoke", "submit", form);
        assertThat(unconfirmed.statusCode()).isEqualTo(200);
        assertThat(unconfirmed.body()).contains("Confirm that you understand the revocation is final");
        assertThat(count("select count(*) from certificate_revocation")).isZero();

        Map<String, String> confirmed = new java.util.HashMap<>(form);
        confirmed.put("confirmed", "on");
        HttpResponse<String> revoked = admin.submitForm(admin.open("admin/keys.xhtml"), "revoke", "submit", confirmed);
        assertThat(revoked.statusCode()).isEqualTo(302);
        String after = admin.get("admin/keys.xhtml").body();
        long withEntries = count("select count(distinct case_id) from custody_entry where action <> 'CERTIFICATE_REVOKED'");
        assertThat(withEntries).isPositive();
        assertThat(after).contains("CN=Evidence Desk Signing,O=Evidence Desk (serial ")
                .contains("revoked; the revocation is recorded in the custody logs of " + withEntries + " case(s)")
                .contains("(key compromise) by demo-admin");
        assertThat(count("select count(*) from custody_entry where action = 'CERTIFICATE_REVOKED'")).isEqualTo(withEntries);
        assertThat(count("select max(n) from (select count(*) n from custody_entry where action = 'CERTIFICATE_REVOKED'"
                + " group by case_id) per_case")).isEqualTo(1);
        assertThat(count("select count(*) from certificate_revocation where reason_code = 1 and revoked_by = 'demo-admin'"))
                .isEqualTo(1);
        long demoCase = count("select min(case_id) from evidence_item");
        WebClient clerk = new WebClient(server.baseUrl());
        clerk.login("clerk", "Demo-Evidence-2026");
        assertThat(clerk.get("custody/" + demoCase + ".jsonl").body()).contains("\"action\":\"CERTIFICATE_REVOKED\"")
                .contains("\"comment\":\"Key copied to a lost laptop\"");

        java.math.BigInteger serial = new java.math.BigInteger(text("select serial_number from certificate_revocation"));
        assertRevokedForOpenssl(serial);

        WebClient.OpenPage again = admin.open("admin/keys.xhtml");
        assertThat(again.body()).doesNotContain("<option value=\"" + signing + "\"");
        HttpResponse<String> twice = admin.submitForm(again, "revoke", "submit", confirmed);
        assertThat(twice.statusCode()).isEqualTo(200);
        assertThat(count("select count(*) from certificate_revocation")).isEqualTo(1);
        assertThat(count("select count(*) from custody_entry where action = 'CERTIFICATE_REVOKED'")).isEqualTo(withEntries);
    }

    /**
     * The independent judge: openssl reads the document-signing CA's CRL with the serial and its reason, and asks the
     * OCSP responder, which answers revoked, for key compromise, in a response that verifies up to the root.
     */
    private static void assertRevokedForOpenssl(java.math.BigInteger serial) throws Exception {
        Path work = java.nio.file.Files.createDirectories(ROOT.resolve("openssl"));
        WebClient anyone = new WebClient(server.baseUrl());
        java.nio.file.Files.write(work.resolve("ca.der"), anyone.getBytes("pki/document-signing-ca.crt").body());
        java.nio.file.Files.write(work.resolve("ca.crl"), anyone.getBytes("pki/document-signing-ca.crl").body());
        java.nio.file.Files.write(work.resolve("root.pem"), anyone.getBytes("root-ca.pem").body());
        assertThat(org.evidencedesk.signing.OpensslCommand.run(work, "x509", "-inform", "DER", "-in", "ca.der", "-out", "ca.pem")
                .succeeded()).isTrue();
        String hex = serial.toString(16).toUpperCase(java.util.Locale.ROOT);
        String serialText = hex.length() % 2 == 0 ? hex : "0" + hex;

        org.evidencedesk.signing.OpensslCommand.Result crl = org.evidencedesk.signing.OpensslCommand.run(work, "crl",
                "-inform", "DER", "-in", "ca.crl", "-CAfile", "ca.pem", "-noout", "-text");
        assertThat(crl.output()).contains("verify OK").contains("Serial Number: " + serialText).contains("Key Compromise");

        org.evidencedesk.signing.OpensslCommand.Result ocsp = org.evidencedesk.signing.OpensslCommand.run(work, "ocsp",
                "-url", server.baseUrl() + "pki/ocsp", "-issuer", "ca.pem", "-serial", "0x" + serialText,
                "-CAfile", "root.pem");
        assertThat(ocsp.output()).contains("Response verify OK").contains(": revoked").contains("Reason: keyCompromise");
    }

    private static void checkpoint(WebClient clerk, long caseId) throws Exception {
        WebClient.OpenPage casePage = clerk.open("cases/view.xhtml?tab=custody&id=" + caseId);
        HttpResponse<String> answer = clerk.submitForm(casePage, "tabs:custodyActions", "checkpoint", Map.of());
        assertThat(answer.statusCode()).as("the clerk checkpoints case " + caseId).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location")).as("back on the custody tab").hasValueSatisfying(
                location -> assertThat(location).contains("tab=custody"));
    }

    /** Deletes the entries from the one the latest checkpoint signed onwards and rewinds the head: the chain stays whole. */
    private static long truncateFromTheLatestCheckpointOn(long caseId) throws SQLException {
        long signed = count("select max(sequence) from custody_checkpoint where case_id = " + caseId);
        assertThat(signed).as("the latest checkpoint of case " + caseId + " covers entries").isPositive();
        try (Connection database = server.openDatabase()) {
            String kept = signed == 1 ? "0".repeat(64) : text(database, "select entry_hash from custody_entry where case_id = "
                    + caseId + " and sequence = " + (signed - 1));
            update(database, "delete from custody_entry where case_id = ? and sequence >= ?", caseId, signed);
            update(database, "update custody_head set sequence = ?, head_hash = ? where case_id = ?", signed - 1, kept, caseId);
        }
        return signed;
    }

    private static WebClient administrator() throws Exception {
        WebClient admin = new WebClient(server.baseUrl());
        assertThat(admin.login("demo-admin", "Demo-Evidence-2026").statusCode()).isEqualTo(302);
        return admin;
    }

    private static long setTheDeadlineOfAGrantedOrder(Instant deadline) throws SQLException {
        try (Connection database = server.openDatabase()) {
            long order = count(database, "select min(id) from disclosure_request where status = 'GRANTED'");
            update(database, "update disclosure_request set due_on = ?, due_at = ? where id = ?",
                    deadline.atZone(COURT_ZONE).toLocalDate(), deadline, order);
            return order;
        }
    }

    private static Instant nextOccurrence(LocalTime time) {
        ZonedDateTime now = ZonedDateTime.now(COURT_ZONE);
        ZonedDateTime next = now.toLocalDate().atTime(time).atZone(COURT_ZONE);
        return (next.isAfter(now) ? next : next.plusDays(1)).toInstant();
    }

    /** Its due time now, as when the day has passed. */
    private static void makeDue(String name) throws SQLException {
        try (Connection database = server.openDatabase()) {
            update(database, "update background_job set next_due = ? where name = ?", Instant.now(), name);
        }
    }

    private record JobRow(Instant nextDue, Optional<Instant> lastSuccess, Optional<Instant> lastFailure, String failureMessage) {
    }

    private static JobRow job(String name) throws SQLException {
        try (Connection database = server.openDatabase();
             PreparedStatement select = database.prepareStatement("select next_due, last_success, last_failure,"
                     + " last_failure_message from background_job where name = ?")) {
            select.setString(1, name);
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).as("job " + name + " is registered").isTrue();
                return new JobRow(instant(row, 1).orElseThrow(), instant(row, 2), instant(row, 3), row.getString(4));
            }
        }
    }

    private static Optional<Instant> instant(ResultSet row, int column) throws SQLException {
        return Optional.ofNullable(row.getObject(column, java.time.OffsetDateTime.class)).map(java.time.OffsetDateTime::toInstant);
    }

    private static String text(String sql) throws SQLException {
        try (Connection database = server.openDatabase()) {
            return text(database, sql);
        }
    }

    private static long count(String sql) throws SQLException {
        try (Connection database = server.openDatabase()) {
            return count(database, sql);
        }
    }

    private static long count(Connection database, String sql) throws SQLException {
        try (PreparedStatement select = database.prepareStatement(sql); ResultSet row = select.executeQuery()) {
            assertThat(row.next()).isTrue();
            return row.getLong(1);
        }
    }

    private static String text(Connection database, String sql) throws SQLException {
        try (PreparedStatement select = database.prepareStatement(sql); ResultSet row = select.executeQuery()) {
            assertThat(row.next()).as(sql).isTrue();
            return row.getString(1);
        }
    }

    private static void update(Connection database, String sql, Object... values) throws SQLException {
        try (PreparedStatement update = database.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                update.setObject(i + 1, values[i] instanceof Instant at ? java.time.OffsetDateTime.ofInstant(at, COURT_ZONE) : values[i]);
            }
            assertThat(update.executeUpdate()).as(sql).isPositive();
        }
    }

    /** The first non-null answer, asked every two seconds until {@code giveUp}. */
    private static <T> T await(Instant giveUp, Callable<T> answer, String what) throws Exception {
        do {
            T found = answer.call();
            if (found != null) {
                return found;
            }
            Thread.sleep(2000);
        } while (Instant.now().isBefore(giveUp));
        throw new AssertionError("Not seen in time: " + what + "\n" + server.log().lines()
                .filter(line -> line.contains("SEVERE") || line.contains("Exception")).limit(40).reduce("", (a, b) -> a + b + "\n"));
    }
}
