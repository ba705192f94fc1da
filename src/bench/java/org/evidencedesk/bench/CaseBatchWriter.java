package org.evidencedesk.bench;

import static org.evidencedesk.bench.CaseRows.setDate;
import static org.evidencedesk.bench.CaseRows.setInstant;
import static org.evidencedesk.bench.CaseRows.setStatus;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.evidencedesk.bench.SyntheticCase.CaseDates;
import org.evidencedesk.bench.SyntheticCase.SyntheticDeadline;
import org.evidencedesk.bench.SyntheticCase.SyntheticEvent;
import org.evidencedesk.bench.SyntheticCase.SyntheticParty;
import org.evidencedesk.dispute.DeadlineKind;
import org.evidencedesk.dispute.Side;

/** Writes generated cases and their parts with plain JDBC batches, one transaction per batch. */
final class CaseBatchWriter implements AutoCloseable {

    /** How many rows of each kind were written. */
    record Totals(long cases, long parties, long deadlines, long events, long members) {
        Totals plus(Totals other) {
            return new Totals(cases + other.cases, parties + other.parties, deadlines + other.deadlines,
                    events + other.events, members + other.members);
        }
    }

    private static final String INSERT_PARTY = "insert into case_party (case_id, side, kind, name, domiciled_in_china,"
            + " position, complaint_served_on, decision_served_on) values (?, ?, ?, ?, ?, ?, ?, ?)";
    /** A deadline is reckoned from its own last day, as if the court had chosen it (a hearing is not counted). */
    private static final String INSERT_DEADLINE = "insert into case_deadline (case_id, kind, due_on, due_at, basis,"
            + " status, closed_at, reckoned_from) values (?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_EVENT = "insert into case_event (case_id, occurred_at, actor, type, from_status,"
            + " to_status, detail) values (?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_MEMBER = "insert into case_member (case_id, user_id, side, role, added_at)"
            + " values (?, ?, 'CLAIMANT', 'CLAIMANT_COUNSEL', ?)";

    private final Connection connection;
    private final CaseRows caseRows;
    private final CaseNumberCounters counters;
    private final Long counselId;
    private final PreparedStatement insertParty;
    private final PreparedStatement insertDeadline;
    private final PreparedStatement insertEvent;
    private final PreparedStatement insertMember;

    CaseBatchWriter(Connection connection, CaseRows caseRows, CaseNumberCounters counters, Long counselId)
            throws SQLException {
        this.connection = connection;
        this.caseRows = caseRows;
        this.counters = counters;
        this.counselId = counselId;
        this.insertParty = connection.prepareStatement(INSERT_PARTY);
        this.insertDeadline = connection.prepareStatement(INSERT_DEADLINE);
        this.insertEvent = connection.prepareStatement(INSERT_EVENT);
        this.insertMember = connection.prepareStatement(INSERT_MEMBER);
    }

    Totals write(List<SyntheticCase> batch) throws SQLException {
        try {
            long[] ids = caseRows.insert(batch);
            Totals totals = new Totals(batch.size(), 0, 0, 0, 0);
            for (int index = 0; index < batch.size(); index++) {
                totals = totals.plus(addParts(ids[index], batch.get(index)));
            }
            executeParts();
            counters.store(connection);
            connection.commit();
            return totals;
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        }
    }

    private Totals addParts(long caseId, SyntheticCase generated) throws SQLException {
        addParties(caseId, generated.parties(), generated.dates());
        addDeadlines(caseId, generated.deadlines());
        addEvents(caseId, generated.events());
        boolean member = generated.counselMember() && counselId != null;
        if (member) {
            insertMember.setLong(1, caseId);
            insertMember.setLong(2, counselId);
            setInstant(insertMember, 3, generated.dates().filedAt());
            insertMember.addBatch();
        }
        return new Totals(0, generated.parties().size(), generated.deadlines().size(), generated.events().size(),
                member ? 1 : 0);
    }

    private void addParties(long caseId, List<SyntheticParty> parties, CaseDates dates) throws SQLException {
        for (int position = 0; position < parties.size(); position++) {
            SyntheticParty party = parties.get(position);
            Side side = party.kind().side();
            LocalDate complaintServedOn = side == Side.RESPONDENT ? dates.servedOn() : null;
            LocalDate decisionServedOn = side == Side.CLAIMANT || side == Side.RESPONDENT ? dates.decisionServedOn() : null;
            insertParty.setLong(1, caseId);
            insertParty.setString(2, party.kind().side().name());
            insertParty.setString(3, party.kind().name());
            insertParty.setString(4, party.name());
            insertParty.setBoolean(5, party.domiciledInChina());
            insertParty.setInt(6, position);
            setDate(insertParty, 7, complaintServedOn);
            setDate(insertParty, 8, decisionServedOn);
            insertParty.addBatch();
        }
    }

    private void addDeadlines(long caseId, List<SyntheticDeadline> deadlines) throws SQLException {
        for (SyntheticDeadline deadline : deadlines) {
            insertDeadline.setLong(1, caseId);
            insertDeadline.setString(2, deadline.kind().name());
            setDate(insertDeadline, 3, deadline.dueOn());
            setInstant(insertDeadline, 4, deadline.dueAt());
            insertDeadline.setString(5, deadline.basis());
            insertDeadline.setString(6, deadline.state());
            setInstant(insertDeadline, 7, deadline.closedAt());
            setDate(insertDeadline, 8, deadline.kind() == DeadlineKind.HEARING ? null : deadline.dueOn());
            insertDeadline.addBatch();
        }
    }

    private void addEvents(long caseId, List<SyntheticEvent> events) throws SQLException {
        for (SyntheticEvent event : events) {
            insertEvent.setLong(1, caseId);
            setInstant(insertEvent, 2, event.occurredAt());
            insertEvent.setString(3, event.actor());
            insertEvent.setString(4, event.type());
            setStatus(insertEvent, 5, event.from());
            setStatus(insertEvent, 6, event.to());
            insertEvent.setString(7, event.detail());
            insertEvent.addBatch();
        }
    }

    private void executeParts() throws SQLException {
        insertParty.executeBatch();
        insertDeadline.executeBatch();
        insertEvent.executeBatch();
        insertMember.executeBatch();
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement statement : List.of(insertParty, insertDeadline, insertEvent, insertMember)) {
            statement.close();
        }
        caseRows.close();
    }
}
