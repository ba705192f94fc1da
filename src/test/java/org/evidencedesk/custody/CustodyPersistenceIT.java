package org.evidencedesk.custody;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.evidencedesk.dispute.CaseDetails;
import org.evidencedesk.dispute.CaseView;
import org.evidencedesk.dispute.CaseWorkflow;
import org.evidencedesk.dispute.Courts;
import org.evidencedesk.dispute.IpType;
import org.evidencedesk.dispute.PartyDetails;
import org.evidencedesk.dispute.PartyKind;
import org.evidencedesk.dispute.TechnologyArea;
import org.evidencedesk.identity.AccountProvisioning;
import org.evidencedesk.identity.Role;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In the container, on H2 and on PostgreSQL: what the custody log keeps of an entry whose details are long. A bundle
 * export names every item it carried, by exhibit number and by id (the audience needs the ids), so the export of a
 * case's 10,000 items is an entry of about 120,000 characters; the column held 4,000 until V29, and such an export went
 * out with no entry at all.
 */
@ExtendWith(ArquillianExtension.class)
class CustodyPersistenceIT {

    private static final String PASSWORD = "a long enough pass phrase";
    private static final int ITEMS = 10_000;

    @Inject
    CustodyLog custody;

    @Inject
    CaseWorkflow workflow;

    @Inject
    Courts courts;

    @Inject
    AccountProvisioning provisioning;

    @Inject
    UserTransaction transaction;

    @Test
    void anExportOfTenThousandItemsIsRecordedWithEveryItemNamedAndTheChainStillChecks() throws Exception {
        long court = courts.byCode("BJIPC").orElseThrow().getId();
        String claimant = user("claimant", Role.COUNSEL, null);
        String clerk = user("clerk", Role.CLERK, court);
        long caseId = workflow.file(new CaseDetails("Custody details " + System.nanoTime(), IpType.TRADE_SECRET,
                TechnologyArea.DATA, "Claims", "Relief", List.of(new PartyDetails(PartyKind.RIGHTS_HOLDER, "Holder", true),
                        new PartyDetails(PartyKind.MERCHANT, "Merchant", true))), court, claimant).getId();
        String exhibits = IntStream.rangeClosed(1, ITEMS).mapToObj(n -> String.format("P-%05d", n)).collect(Collectors.joining(","));
        List<Long> ids = LongStream.rangeClosed(1_000_001, 1_000_000 + ITEMS).boxed().toList();
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("file", "(2026)京73民初1号 evidence.asice");
        detail.put("sha256", "ab".repeat(32));
        detail.put("size", 308_388_273L);
        detail.put("items", exhibits);
        detail.put("itemIds", ids);
        detail.put("selection", "all");

        // As BundleExports.record appends it: in a transaction of its own, after the bundle went out.
        transaction.begin();
        CustodyEntry appended = custody.append(caseId, claimant, CustodyAction.BUNDLE_EXPORTED, null, detail);
        transaction.commit();

        assertTrue(appended.getDetail().length() > 100_000, "the details are long: " + appended.getDetail().length());
        List<CustodyEntry> chain = custody.entries(caseId);
        CustodyEntry kept = chain.get(chain.size() - 1);
        assertEquals(appended.getSequence(), kept.getSequence());
        assertEquals(appended.getDetail(), kept.getDetail(), "the details as read back");
        JsonNode read = new ObjectMapper().readTree(kept.getDetail());
        assertEquals(exhibits, read.get("items").asText());
        assertEquals(ITEMS, read.get("itemIds").size());
        assertEquals(1_000_000L + ITEMS, read.get("itemIds").get(ITEMS - 1).asLong());
        assertEquals(List.of(), ChainCheck.problems(chain, kept.getSequence(), kept.getEntryHash()), "the chain checks");

        CaseView asClerk = workflow.view(caseId, clerk);
        CustodyRow row = custody.rows(asClerk, chain.size() - 1, 1).get(0);
        assertEquals(kept.getDetail(), row.getDetail(), "the clerk's row");
        assertTrue(row.isDetailShortened(), "the case page's tab shows the start of such details");
        assertEquals(kept.getDetail().substring(0, CustodyRow.SHOWN) + "…", row.getDetailShown());
        assertEquals(kept.getDetail().length(), row.getDetailLength());
    }

    private String user(String prefix, Role role, Long courtId) {
        String username = prefix + "-" + Long.toString(System.nanoTime(), 36);
        provisioning.create(username, prefix, null, EnumSet.of(role), courtId, PASSWORD, "test");
        return username;
    }
}
