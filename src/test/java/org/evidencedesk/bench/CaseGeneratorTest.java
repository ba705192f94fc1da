package org.evidencedesk.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.IntStream;
import org.evidencedesk.bench.CaseBatchWriter.Totals;
import org.evidencedesk.dispute.CaseNumbers;
import org.evidencedesk.dispute.CaseStatus;
import org.evidencedesk.dispute.DeadlineKind;
import org.evidencedesk.dispute.Deadline;
import org.evidencedesk.dispute.DisputeCase;
import org.evidencedesk.dispute.Side;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the benchmarks rely on in a generated docket, checked on a small one in the application's own schema. */
class CaseGeneratorTest {

    private static final String[] PART_TABLES = {"case_party", "case_deadline", "case_event", "case_member"};

    @TempDir
    Path data;

    private BenchDatabase database;
    private long counselId;

    @BeforeEach
    void migratedDatabaseWithTheDemoCounsel() throws SQLException {
        database = new BenchDatabase(data);
        database.migrate();
        counselId = database.addUser("counsel");
    }

    @AfterEach
    void shutDown() throws SQLException {
        database.close();
    }

    @Test
    void writesAsManyRowsAsItReportsAndEveryPartBelongsToAnExistingCase() throws SQLException {
        // A batch size that does not divide the count: the last, shorter batch is written too.
        Totals totals = database.generateCases("--cases", "200", "--batch", "64");

        assertThat(totals.cases()).isEqualTo(200);
        assertThat(database.count("select count(*) from dispute_case")).isEqualTo(200);
        assertThat(database.count("select count(*) from case_party")).isEqualTo(totals.parties());
        assertThat(database.count("select count(*) from case_deadline")).isEqualTo(totals.deadlines());
        assertThat(database.count("select count(*) from case_event")).isEqualTo(totals.events());
        assertThat(database.count("select count(*) from case_member")).isEqualTo(totals.members());
        for (String table : PART_TABLES) {
            assertThat(database.count("select count(*) from " + table + " p"
                    + " where not exists (select 1 from dispute_case c where c.id = p.case_id)")).as(table).isZero();
        }
        // Seed 2026 (the default) links the demo counsel to a few of these cases, and to nothing else.
        assertThat(totals.members()).isPositive();
        assertThat(database.count("select count(*) from case_member where user_id <> " + counselId)).isZero();
        assertThat(database.count("select count(*) from dispute_case c where"
                + " (select count(*) from case_party p where p.case_id = c.id) < 2"
                + " or not exists (select 1 from case_deadline d where d.case_id = c.id)"
                + " or not exists (select 1 from case_event e where e.case_id = c.id and e.type = 'FILED')")).isZero();
        // The party search's copy of the names (V28) is the one the migration would make from the party rows.
        assertThat(database.count("select count(*) from dispute_case c where c.party_text <> coalesce((select"
                + " listagg(lower(p.name), char(10)) within group (order by p.position) from case_party p where p.case_id = c.id), '')"))
                .isZero();
    }

    @Test
    void caseNumbersAreUniqueAndAreExactlyTheOnesTheCountersHaveHandedOut() throws SQLException {
        database.generateCases("--cases", "200");

        assertThat(database.count("select count(*) from dispute_case where (case_number is null) <> (accepted_at is null)"))
                .as("a case has a number exactly when it was accepted").isZero();
        assertThat(database.count("select count(*) from dispute_case where filing_reference is null")).isZero();
        assertThat(database.count("select count(distinct filing_reference) from dispute_case")).isEqualTo(200);
        List<String> numbers = caseNumbers();
        assertThat(numbers).doesNotHaveDuplicates().isNotEmpty();
        assertThat(new HashSet<>(numbers)).isEqualTo(numbersHandedOut());
    }

    @Test
    void appendIsNeededToAddToAFilledDatabaseAndContinuesTheNumbering() throws SQLException {
        database.generateCases("--cases", "200");
        int numberedBefore = caseNumbers().size();

        assertThatThrownBy(() -> database.generateCases("--cases", "100"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("--append");
        assertThat(database.count("select count(*) from dispute_case")).isEqualTo(200);

        database.generateCases("--cases", "100", "--append", "--seed", "7");

        assertThat(database.count("select count(*) from dispute_case")).isEqualTo(300);
        List<String> numbers = caseNumbers();
        assertThat(numbers.size()).isGreaterThan(numberedBefore);
        assertThat(numbers).doesNotHaveDuplicates();
        assertThat(new HashSet<>(numbers)).isEqualTo(numbersHandedOut());
    }

    @Test
    void theSameSeedWritesTheSameDocketAndAnotherSeedAnotherOne() throws SQLException {
        database.generateCases("--cases", "150", "--seed", "99");
        try (BenchDatabase twin = new BenchDatabase(data.resolve("twin"));
             BenchDatabase other = new BenchDatabase(data.resolve("other"))) {
            for (BenchDatabase each : List.of(twin, other)) {
                each.migrate();
                each.addUser("counsel");
            }
            twin.generateCases("--cases", "150", "--seed", "99");
            other.generateCases("--cases", "150", "--seed", "100");

            for (String table : List.of("dispute_case", "case_party", "case_deadline", "case_event", "case_member",
                    "case_number_counter")) {
                String all = "select * from " + table + " order by 1, 2, 3";
                assertThat(twin.rows(all)).as(table).isEqualTo(database.rows(all));
            }
            String titles = "select title from dispute_case order by id";
            assertThat(other.rows(titles)).isNotEqualTo(database.rows(titles));
        }
    }

    @Test
    void theRowsReadBackAsCasesTheApplicationCanWorkOn() throws SQLException, IOException {
        database.generateCases("--cases", "200");
        Properties english = bundle("messages.properties");
        Properties chinese = bundle("messages_zh_CN.properties");

        List<String> problems = database.read(entities -> {
            List<String> found = new ArrayList<>();
            List<DisputeCase> cases = entities.createQuery("select c from DisputeCase c", DisputeCase.class).getResultList();
            if (cases.size() != 200) {
                found.add("JPA found " + cases.size() + " cases");
            }
            for (DisputeCase disputeCase : cases) {
                found.addAll(problemsOf(disputeCase, english, chinese));
            }
            return found;
        });

        assertThat(problems).isEmpty();
    }

    /** What a page or a clerk would stumble over in a case the application never wrote itself. */
    private static List<String> problemsOf(DisputeCase disputeCase, Properties english, Properties chinese) {
        List<String> problems = new ArrayList<>();
        String name = disputeCase.getDisplayNumber() + " (" + disputeCase.getStatus() + ")";
        CaseStatus status = disputeCase.getStatus();
        if (disputeCase.partiesOn(Side.CLAIMANT).isEmpty() || disputeCase.partiesOn(Side.RESPONDENT).isEmpty()) {
            problems.add(name + " lacks a claimant or a respondent");
        }
        if (disputeCase.getServedOn() != null && !disputeCase.partiesAwaitingService().isEmpty()) {
            problems.add(name + " was served, but respondents still await service");
        }
        if (CaseStatus.APPEALABLE.contains(status) && disputeCase.getAppealableDecision() == null) {
            problems.add(name + " names no decision whose appeal period runs");
        }
        if (status == CaseStatus.APPEAL_WINDOW && !disputeCase.partiesAwaitingDecisionService().isEmpty()) {
            problems.add(name + " has its appeal window open, but parties still await the decision");
        }
        if (status.isFinished() && !disputeCase.openDeadlines().isEmpty()) {
            problems.add(name + " is finished but has open deadlines");
        }
        for (Deadline deadline : disputeCase.getDeadlines()) {
            if (deadline.getKind() != DeadlineKind.HEARING && deadline.reckoning().isEmpty()) {
                problems.add(name + " has a " + deadline.getKind() + " deadline that says nothing of how it was counted");
            }
        }
        disputeCase.getEvents().forEach(event -> {
            if (!english.containsKey(event.messageKey()) || !chinese.containsKey(event.messageKey())) {
                problems.add(name + " has an event " + event.getType() + " no page can name");
            }
        });
        return problems;
    }

    private List<String> caseNumbers() throws SQLException {
        return database.rows("select case_number from dispute_case where case_number is not null").stream()
                .map(row -> (String) row.get(0)).toList();
    }

    /** Every number the counters stand at or below, as the application formats them. */
    private Set<String> numbersHandedOut() throws SQLException {
        String pattern = database.settings().caseNumberPattern();
        Set<String> numbers = new HashSet<>();
        for (List<Object> counter : database.rows("select k.counter_year, c.abbreviation, k.last_number"
                + " from case_number_counter k join court c on c.id = k.court_id")) {
            int year = (Integer) counter.get(0);
            String court = (String) counter.get(1);
            IntStream.rangeClosed(1, (Integer) counter.get(2))
                    .forEach(number -> numbers.add(CaseNumbers.format(pattern, year, court, number)));
        }
        return numbers;
    }

    private static Properties bundle(String name) throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = CaseGeneratorTest.class.getResourceAsStream("/org/evidencedesk/web/" + name)) {
            bundle.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return bundle;
    }
}
