package org.evidencedesk.custody;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import javax.sql.DataSource;
import org.evidencedesk.dispute.CaseDetails;
import org.evidencedesk.dispute.CaseNotFoundException;
import org.evidencedesk.dispute.CaseView;
import org.evidencedesk.dispute.CaseWorkflow;
import org.evidencedesk.dispute.Courts;
import org.evidencedesk.dispute.DisputeCase;
import org.evidencedesk.dispute.IpType;
import org.evidencedesk.dispute.MemberRole;
import org.evidencedesk.dispute.PartyDetails;
import org.evidencedesk.dispute.PartyKind;
import org.evidencedesk.dispute.TechnologyArea;
import org.evidencedesk.evidence.Confidentiality;
import org.evidencedesk.evidence.EvidenceIntake;
import org.evidencedesk.evidence.EvidenceItem;
import org.evidencedesk.evidence.EvidenceMetadata;
import org.evidencedesk.identity.Role;
import org.evidencedesk.identity.AccountProvisioning;
import org.evidencedesk.shared.persistence.DataSourceConfiguration;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In the container, a case whose custody log holds 10,000 entries: the case page's tab reads it a page at a time,
 * and the first, a middle and the last page hold the right entries, counted whole, each withheld or revealed as
 * the viewer's audience says; so does the exported log, line by line. The respondent's court-only item and the
 * entries about it are withheld from the claimant's counsel; each side's disclosure drafts are withheld from the
 * other side; the clerk sees everything.
 */
@ExtendWith(ArquillianExtension.class)
class CustodyPagingIT {

    private static final String PASSWORD = "a long enough pass phrase";
    private static final int ENTRIES = 10_000;
    private static final int PAGE = 50;


    @Inject
    CustodyLog custody;

    @Inject
    EvidenceIntake intake;

    @Inject
    CaseWorkflow workflow;

    @Inject
    Courts courts;

    @Inject
    AccountProvisioning provisioning;

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    /** What one entry of the long log is, by its sequence (the first ones are the intake's, about the item). */
    private enum Kind { COURT_ONLY_ITEM, CLAIMANT_DRAFT, RESPONDENT_DRAFT, NEUTRAL }

    @Test
    void eachPageOfATenThousandEntryLogHoldsItsEntriesAsEachViewerMaySeeThem() throws Exception {
        long court = courts.byCode("BJIPC").orElseThrow().getId();
        String claimant = user("claimant", Role.COUNSEL, null);
        String respondent = user("respondent", Role.COUNSEL, null);
        String clerk = user("clerk", Role.CLERK, court);
        long caseId = workflow.file(new CaseDetails("Custody paging " + System.nanoTime(), IpType.TRADE_SECRET,
                TechnologyArea.DATA, "Claims", "Relief", List.of(new PartyDetails(PartyKind.RIGHTS_HOLDER, "Holder", true),
                        new PartyDetails(PartyKind.MERCHANT, "Merchant", true))), court, claimant).getId();
        workflow.addMember(caseId, workflow.view(caseId, clerk).disputeCase().getVersion(), clerk, respondent,
                MemberRole.RESPONDENT_COUNSEL);
        EvidenceItem secret = intake.register(caseId, respondent,
                intake.receive(new ByteArrayInputStream("the weights".getBytes(StandardCharsets.UTF_8))), "weights.txt",
                "text/plain", new EvidenceMetadata("Weights", "What it proves", null, Confidentiality.COURT_ONLY));
        List<CustodyEntry> intakeEntries = custody.entries(caseId);
        int fromIntake = intakeEntries.size();
        appendUpTo(caseId, intakeEntries.get(fromIntake - 1), secret);

        CaseView claimantView = workflow.view(caseId, claimant);
        CaseView respondentView = workflow.view(caseId, respondent);
        CaseView clerkView = workflow.view(caseId, clerk);
        assertEquals(ENTRIES, custody.count(caseId));
        for (int first : List.of(0, ENTRIES / 2, ENTRIES - PAGE, ENTRIES - 20)) {
            List<CustodyRow> asClaimant = custody.rows(claimantView, first, PAGE);
            List<CustodyRow> asRespondent = custody.rows(respondentView, first, PAGE);
            List<CustodyRow> asClerk = custody.rows(clerkView, first, PAGE);
            List<Long> expected = LongStream.rangeClosed(first + 1, Math.min(ENTRIES, first + PAGE)).boxed().toList();
            for (List<CustodyRow> page : List.of(asClaimant, asRespondent, asClerk)) {
                assertEquals(expected, page.stream().map(CustodyRow::getSequence).toList(), "the page from " + first);
            }
            for (int i = 0; i < expected.size(); i++) {
                long sequence = expected.get(i);
                Kind kind = sequence <= fromIntake ? Kind.COURT_ONLY_ITEM : kind(sequence);
                String at = "entry " + sequence + " (" + kind + ")";
                assertWithheld(asClaimant.get(i), kind == Kind.COURT_ONLY_ITEM || kind == Kind.RESPONDENT_DRAFT, at + " to the claimant");
                assertWithheld(asRespondent.get(i), kind == Kind.CLAIMANT_DRAFT, at + " to the respondent");
                assertWithheld(asClerk.get(i), false, at + " to the clerk");
            }
        }
        assertEquals(List.of(), custody.rows(clerkView, ENTRIES, PAGE), "past the last entry");

        // The exported log (a bundle's, or the custody export's): every entry once, in order, as the viewer may see it.
        List<String> expectedForClaimant = new ArrayList<>();
        for (CustodyEntry entry : custody.entries(caseId)) {
            Kind kind = entry.getSequence() <= fromIntake ? Kind.COURT_ONLY_ITEM : kind(entry.getSequence());
            boolean withheld = kind == Kind.COURT_ONLY_ITEM || kind == Kind.RESPONDENT_DRAFT;
            expectedForClaimant.add(withheld ? entry.withheldLine() : entry.revealedLine());
        }
        List<String> exportedForClaimant = exported(claimantView);
        assertEquals(ENTRIES, expectedForClaimant.size());
        assertEquals(ENTRIES, exportedForClaimant.size(), "the claimant's exported log, its lines");
        assertEquals(expectedForClaimant, exportedForClaimant, "the claimant's exported log, line by line");
        everyPageHoldsTheEntriesAtItsPositionsWhenAnEntryIsMissing(caseId, clerkView);

        // The tab asks by case and user: access is read again for every page, so counsel removed from the case
        // after the page loaded gets no further page.
        assertEquals(asSequences(custody.rows(respondentView, 0, PAGE)),
                asSequences(custody.rows(caseId, respondent, 0, PAGE)));
        assertEquals(ENTRIES, custody.count(caseId, respondent));
        DisputeCase disputeCase = workflow.view(caseId, clerk).disputeCase();
        long member = disputeCase.getMembers().stream()
                .filter(each -> each.getUser().getUsername().equals(respondent)).findFirst().orElseThrow().getId();
        workflow.removeMember(caseId, disputeCase.getVersion(), clerk, member);
        assertThrows(CaseNotFoundException.class, () -> custody.rows(caseId, respondent, PAGE, PAGE));
        assertThrows(CaseNotFoundException.class, () -> custody.count(caseId, respondent), "the tab's count, too");
    }

    /**
     * A damaged database, one entry gone from the middle of the chain (the integrity sweep reports it): the pages the
     * tab asks for, position after position up to the count, still hold each remaining entry once, in order, the
     * last included. The entry is put back afterwards, so the shared database keeps whole chains.
     */
    private void everyPageHoldsTheEntriesAtItsPositionsWhenAnEntryIsMissing(long caseId, CaseView clerkView) throws Exception {
        long missing = ENTRIES / 2 - PAGE / 2;
        Map<String, Object> taken = takeOut(caseId, missing);
        try {
            long count = custody.count(caseId);
            assertEquals(ENTRIES - 1, count);
            List<Long> shown = new ArrayList<>();
            for (int first = 0; first < count; first += PAGE) {
                List<Long> page = asSequences(custody.rows(clerkView, first, PAGE));
                assertEquals(Math.min(PAGE, count - first), page.size(), "the page from " + first + " with entry " + missing + " missing");
                shown.addAll(page);
            }
            assertEquals(LongStream.rangeClosed(1, ENTRIES).filter(sequence -> sequence != missing).boxed().toList(), shown);
            List<String> exported = exported(clerkView);
            assertEquals(ENTRIES - 1, exported.size(), "the exported log with entry " + missing + " missing");
            assertEquals(custody.entries(caseId).stream().map(CustodyEntry::revealedLine).toList(), exported);
        } finally {
            putBack(taken);
        }
    }

    private Map<String, Object> takeOut(long caseId, long sequence) throws Exception {
        Map<String, Object> row = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("select * from custody_entry where case_id = ? and sequence = ?")) {
            select.setLong(1, caseId);
            select.setLong(2, sequence);
            try (ResultSet found = select.executeQuery()) {
                assertEquals(true, found.next(), "entry " + sequence);
                for (int column = 1; column <= found.getMetaData().getColumnCount(); column++) {
                    row.put(found.getMetaData().getColumnName(column), found.getObject(column));
                }
            }
            try (PreparedStatement delete = connection.prepareStatement("delete from custody_entry where case_id = ? and sequence = ?")) {
                delete.setLong(1, caseId);
                delete.setLong(2, sequence);
                assertEquals(1, delete.executeUpdate());
            }
        }
        return row;
    }

    private void putBack(Map<String, Object> row) throws Exception {
        String columns = String.join(", ", row.keySet());
        String marks = String.join(", ", Collections.nCopies(row.size(), "?"));
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("insert into custody_entry (" + columns + ") values (" + marks + ")")) {
            int index = 1;
            for (Object value : row.values()) {
                insert.setObject(index++, value);
            }
            assertEquals(1, insert.executeUpdate());
        }
    }

    private List<String> exported(CaseView view) throws Exception {
        StringWriter out = new StringWriter();
        custody.exportJsonLines(view, out);
        return out.toString().lines().toList();
    }

    private static List<Long> asSequences(List<CustodyRow> rows) {
        return rows.stream().map(CustodyRow::getSequence).toList();
    }

    private static Kind kind(long sequence) {
        if (sequence % 3 == 0) {
            return Kind.COURT_ONLY_ITEM;
        }
        if (sequence % 7 == 0) {
            return Kind.CLAIMANT_DRAFT;
        }
        return sequence % 11 == 0 ? Kind.RESPONDENT_DRAFT : Kind.NEUTRAL;
    }

    private static void assertWithheld(CustodyRow row, boolean withheld, String what) {
        assertEquals(withheld, row.isWithheld(), what);
        if (withheld) {
            assertNull(row.getDetail(), what);
            assertNull(row.getActor(), what);
        } else {
            assertNotNull(row.getDetail(), what);
            assertNotNull(row.getAction(), what);
        }
    }

    /**
     * Continues the chain after the intake's entries to {@link #ENTRIES}, each entry made as the log makes it and
     * linked to the one before, written in batches (the log's own append would take minutes here).
     */
    private void appendUpTo(long caseId, CustodyEntry last, EvidenceItem secret) throws Exception {
        String previous = last.getEntryHash();
        Instant at = last.getOccurredAt();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("insert into custody_entry (case_id, sequence,"
                     + " occurred_at, actor, action, item_id, detail, previous_hash, entry_hash, format_version, salt,"
                     + " commitment) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 2, ?, ?)")) {
            for (long sequence = last.getSequence() + 1; sequence <= ENTRIES; sequence++) {
                at = at.plusMillis(1);
                String salt = CustodyCommitment.newSalt();
                CustodyEntry entry = switch (kind(sequence)) {
                    case COURT_ONLY_ITEM -> new CustodyEntry(caseId, sequence, at, "clerk", CustodyAction.VIEWED,
                            secret.getId(), Map.of("exhibit", secret.getExhibitNumber()), salt, previous);
                    case CLAIMANT_DRAFT -> new CustodyEntry(caseId, sequence, at, "claimant", CustodyAction.DISCLOSURE,
                            null, Map.of("status", "DRAFT", "applicant", "CLAIMANT"), salt, previous);
                    case RESPONDENT_DRAFT -> new CustodyEntry(caseId, sequence, at, "respondent", CustodyAction.DISCLOSURE,
                            null, Map.of("status", "DRAFT", "applicant", "RESPONDENT"), salt, previous);
                    case NEUTRAL -> new CustodyEntry(caseId, sequence, at, "clerk", CustodyAction.CHECKPOINT,
                            null, Map.of("sequence", sequence - 1), salt, previous);
                };
                insert.setLong(1, caseId);
                insert.setLong(2, sequence);
                insert.setTimestamp(3, Timestamp.from(entry.getOccurredAt()));
                insert.setString(4, entry.getActor());
                insert.setString(5, entry.getAction().name());
                if (entry.getItemId() == null) {
                    insert.setNull(6, Types.BIGINT);
                } else {
                    insert.setLong(6, entry.getItemId());
                }
                insert.setString(7, entry.getDetail());
                insert.setString(8, entry.getPreviousHash());
                insert.setString(9, entry.getEntryHash());
                insert.setString(10, salt);
                insert.setString(11, entry.getCommitment());
                insert.addBatch();
                previous = entry.getEntryHash();
                if (sequence % 1000 == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
            try (PreparedStatement head = connection.prepareStatement(
                    "update custody_head set sequence = ?, head_hash = ? where case_id = ?")) {
                head.setLong(1, ENTRIES);
                head.setString(2, previous);
                head.setLong(3, caseId);
                head.executeUpdate();
            }
        }
    }

    private String user(String prefix, Role role, Long courtId) {
        String username = prefix + "-" + Long.toString(System.nanoTime(), 36);
        provisioning.create(username, prefix, null, EnumSet.of(role), courtId, PASSWORD, "test");
        return username;
    }
}
