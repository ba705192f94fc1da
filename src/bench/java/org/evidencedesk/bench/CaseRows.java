package org.evidencedesk.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.evidencedesk.dispute.CaseStatus;
import org.evidencedesk.dispute.DisputeCase;
import org.evidencedesk.bench.SyntheticCase.CaseDates;
import org.evidencedesk.bench.SyntheticCase.SyntheticParty;
import org.evidencedesk.shared.config.Database;

/**
 * Inserts the case rows of a batch and answers their ids, which the database assigns. The filing
 * reference is made from the id, so how the rows are written depends on when the id is known.
 */
abstract class CaseRows implements AutoCloseable {

    /** The columns of a case both ways bind, from parameter 1 on, in this order. */
    static final String CASE_COLUMNS = "case_number, court_id, title, ip_type, technology_area, claims, relief,"
            + " status, suspended_from, filed_at, accepted_at, served_on, evidence_period_start,"
            + " evidence_period_end, hearing_at, decided_on, search_text, filing_reference, appealable_decision, party_text";
    static final String CASE_VALUES = "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?";
    /** The first parameter after the case's columns. */
    static final int NEXT_PARAMETER = 21;
    private static final int SEARCH_TEXT = 17;
    private static final int FILING_REFERENCE = 18;
    private static final int APPEALABLE_DECISION = 19;
    private static final int PARTY_TEXT = 20;

    private final ZoneId zone;

    CaseRows(ZoneId zone) {
        this.zone = zone;
    }

    static CaseRows of(Database database, Connection connection, ZoneId zone) throws SQLException {
        return database == Database.POSTGRESQL ? new ReservedIdCaseRows(connection, zone)
                : new GeneratedIdCaseRows(connection, zone);
    }

    /** Inserts the batch's cases (not yet committed) and answers their ids in the batch's order. */
    abstract long[] insert(List<SyntheticCase> batch) throws SQLException;

    @Override
    public abstract void close() throws SQLException;

    String filingReference(SyntheticCase generated, long id) {
        return String.format("ED-%d-%06d", generated.dates().filedAt().atZone(zone).getYear(), id);
    }

    /** Binds parameters 1 to 20; a null reference leaves it to be set once the id is known. */
    static void bind(PreparedStatement insert, SyntheticCase generated, String filingReference) throws SQLException {
        CaseDates dates = generated.dates();
        insert.setString(1, generated.caseNumber());
        insert.setLong(2, generated.courtId());
        insert.setString(3, generated.title());
        insert.setString(4, generated.ipType().name());
        insert.setString(5, generated.technologyArea().name());
        insert.setString(6, generated.claims());
        insert.setString(7, generated.relief());
        insert.setString(8, generated.status().name());
        setStatus(insert, 9, generated.suspendedFrom());
        setInstant(insert, 10, dates.filedAt());
        setInstant(insert, 11, dates.acceptedAt());
        setDate(insert, 12, dates.servedOn());
        setDate(insert, 13, dates.evidencePeriodStart());
        setDate(insert, 14, dates.evidencePeriodEnd());
        setInstant(insert, 15, dates.hearingAt());
        setDate(insert, 16, dates.decidedOn());
        insert.setString(SEARCH_TEXT, generated.searchText(filingReference));
        insert.setString(FILING_REFERENCE, filingReference);
        insert.setString(APPEALABLE_DECISION, generated.appealableDecision() == null ? null
                : generated.appealableDecision().name());
        insert.setString(PARTY_TEXT, DisputeCase.partyTextOf(generated.parties().stream().map(SyntheticParty::name).toList()));
    }

    static void setStatus(PreparedStatement statement, int index, CaseStatus status) throws SQLException {
        statement.setString(index, status == null ? null : status.name());
    }

    static void setInstant(PreparedStatement statement, int index, Instant instant) throws SQLException {
        if (instant == null) {
            statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            statement.setObject(index, instant.atOffset(ZoneOffset.UTC));
        }
    }

    static void setDate(PreparedStatement statement, int index, LocalDate date) throws SQLException {
        if (date == null) {
            statement.setNull(index, Types.DATE);
        } else {
            statement.setObject(index, date);
        }
    }
}
