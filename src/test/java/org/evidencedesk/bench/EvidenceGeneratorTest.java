package org.evidencedesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.evidencedesk.custody.ChainCheck;
import org.evidencedesk.custody.CustodyAction;
import org.evidencedesk.custody.CustodyEntry;
import org.evidencedesk.evidence.ContentDigest;
import org.evidencedesk.evidence.EvidenceItem;
import org.evidencedesk.evidence.FileSystemBlobStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundle benchmark's evidence: items the application would have taken in, with an unbroken custody chain. */
class EvidenceGeneratorTest {

    private static final int ITEM_BYTES = 3000;

    @TempDir
    Path data;

    private BenchDatabase database;
    private long caseId;

    @BeforeEach
    void aGeneratedDocketWhereTheDemoCounselActsInOneCase() throws SQLException {
        database = new BenchDatabase(data);
        database.migrate();
        long counselId = database.addUser("counsel");
        database.generateCases("--cases", "20");
        caseId = database.count("select max(id) from dispute_case where case_number is not null");
        try (Connection connection = database.connect();
             PreparedStatement insert = connection.prepareStatement("insert into case_member (case_id, user_id, side, role,"
                     + " added_at) values (?, ?, 'CLAIMANT', 'CLAIMANT_COUNSEL', current_timestamp)")) {
            insert.setLong(1, caseId);
            insert.setLong(2, counselId);
            insert.executeUpdate();
        }
    }

    @AfterEach
    void shutDown() throws SQLException {
        database.close();
    }

    @Test
    void itemsGetExhibitNumbersStoredContentAndAnUnbrokenCustodyChainAndASecondRunContinuesThem() throws Exception {
        long filledCase = EvidenceGenerator.generate(database.settings(), 4, 4L * ITEM_BYTES, "counsel", null, 1);

        assertThat(filledCase).isEqualTo(caseId);
        assertThat(exhibits()).containsExactly("P-001", "P-002", "P-003", "P-004");
        assertStoredAndChained(4);

        EvidenceGenerator.generate(database.settings(), 2, 2L * ITEM_BYTES, "counsel", null, 2);

        assertThat(exhibits()).containsExactly("P-001", "P-002", "P-003", "P-004", "P-005", "P-006");
        assertStoredAndChained(6);
    }

    private List<String> exhibits() throws SQLException {
        return database.rows("select exhibit_number from evidence_item where case_id = " + caseId + " order by exhibit_sequence")
                .stream().map(row -> (String) row.get(0)).toList();
    }

    /** Each item's content is in the blob store under its digests, and each has its two entries in a sound chain. */
    private void assertStoredAndChained(int items) throws Exception {
        List<Object> head = database.rows("select sequence, head_hash from custody_head where case_id = " + caseId).get(0);
        FileSystemBlobStore blobs = new FileSystemBlobStore(data.resolve("blobs"));
        database.read(entities -> {
            List<EvidenceItem> found = entities.createQuery("select i from EvidenceItem i where i.disputeCase.id = :id",
                    EvidenceItem.class).setParameter("id", caseId).getResultList();
            assertThat(found).hasSize(items).allSatisfy(item -> {
                assertThat(item.getSizeBytes()).isEqualTo(ITEM_BYTES);
                assertThat(item.getReceiptJson()).contains(item.getExhibitNumber(), item.getSha256());
                try {
                    assertThat(blobs.rehash(item.getSha256()))
                            .isEqualTo(new ContentDigest(item.getSha256(), item.getSm3(), item.getSizeBytes()));
                } catch (java.io.IOException e) {
                    throw new AssertionError("the content of " + item.getExhibitNumber() + " is not in the blob store", e);
                }
            });
            List<CustodyEntry> chain = entities.createQuery("select e from CustodyEntry e where e.caseId = :id"
                    + " order by e.sequence", CustodyEntry.class).setParameter("id", caseId).getResultList();
            assertThat(chain).hasSize(2 * items);
            assertThat(chain).filteredOn(entry -> entry.getAction() == CustodyAction.TIMESTAMPED).hasSize(items);
            assertThat(ChainCheck.problems(chain, (Long) head.get(0), (String) head.get(1))).isEmpty();
            return null;
        });
    }
}
