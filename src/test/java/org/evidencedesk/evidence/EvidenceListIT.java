package org.evidencedesk.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.evidencedesk.identity.AccountProvisioning;
import org.evidencedesk.identity.Role;
import org.evidencedesk.shared.persistence.DataSourceConfiguration;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In the container, the count and page queries of the lazy item lists (the evidence tab, the export page, the ledger's
 * and the disclosure form's choices) against the access policy they mirror in SQL: for every viewer of a case whose
 * items cover each confidentiality level and each kind of protective measures, every page, count, "select all" and
 * search gives exactly the items {@link EvidenceAccessPolicy} lets them see (or copy), and counsel of the other side
 * never gets an item, or a count, of what they may not see.
 */
@ExtendWith(ArquillianExtension.class)
class EvidenceListIT {

    private static final String PASSWORD = "a long enough pass phrase";


    @Inject
    EvidenceAccess access;

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

    @Test
    void everyListGivesEachViewerExactlyWhatThePolicyLetsThemSee() throws Exception {
        long court = courts.byCode("BJIPC").orElseThrow().getId();
        String claimant = user("claimant", Role.COUNSEL, null);
        String claimant2 = user("claimant2", Role.COUNSEL, null);
        String respondent = user("respondent", Role.COUNSEL, null);
        String respondent2 = user("respondent2", Role.COUNSEL, null);
        String clerk = user("clerk", Role.CLERK, court);
        String outsider = user("outsider", Role.COUNSEL, null);
        long caseId = workflow.file(new CaseDetails("Evidence lists " + System.nanoTime(), IpType.TRADE_SECRET,
                TechnologyArea.DATA, "Claims", "Relief", List.of(new PartyDetails(PartyKind.RIGHTS_HOLDER, "Holder", true),
                        new PartyDetails(PartyKind.MERCHANT, "Merchant", true))), court, claimant).getId();
        member(caseId, clerk, claimant2, MemberRole.CLAIMANT_COUNSEL);
        member(caseId, clerk, respondent, MemberRole.RESPONDENT_COUNSEL);
        member(caseId, clerk, respondent2, MemberRole.RESPONDENT_COUNSEL);

        Map<String, EvidenceItem> items = new LinkedHashMap<>();
        items.put("c-parties", submit(caseId, claimant, "Invoice of the listing", Confidentiality.PARTIES));
        items.put("c-counsel", submit(caseId, claimant, "Screenshot of the shop", Confidentiality.COUNSEL_ONLY));
        items.put("c-court", submit(caseId, claimant, "Invoice kept for the court", Confidentiality.COURT_ONLY));
        items.put("c-named-view-only", submit(caseId, claimant, "Source code (named, view only)", Confidentiality.PARTIES));
        items.put("c-undertaking", submit(caseId, claimant, "Customer list (undertaking)", Confidentiality.PARTIES));
        items.put("c-undertaking-view-only", submit(caseId, claimant, "Price list (undertaking, view only)", Confidentiality.COUNSEL_ONLY));
        items.put("r-parties", submit(caseId, respondent, "Purchase invoice 100%_off", Confidentiality.PARTIES));
        items.put("r-court", submit(caseId, respondent, "Supplier contract", Confidentiality.COURT_ONLY));
        items.put("r-named", submit(caseId, respondent, "Ledger (named)", Confidentiality.PARTIES));
        protect(caseId, items.get("c-named-view-only"), false, true, List.of(respondent2));
        protect(caseId, items.get("c-undertaking"), true, false, List.of());
        protect(caseId, items.get("c-undertaking-view-only"), true, true, List.of());
        protect(caseId, items.get("r-named"), true, false, List.of(claimant2));
        access.acceptUndertaking(items.get("c-undertaking").getId(), respondent, Locale.ENGLISH, "I undertake");

        for (String viewer : List.of(claimant, claimant2, respondent, respondent2, clerk)) {
            CaseView view = workflow.view(caseId, viewer);
            assertListsFollowThePolicy(view, items.size());
        }

        // The other side's counsel, by name: none of the claimant's court-only item, nor the item only named persons see.
        List<Long> seenByRespondent = access.ids(ItemQuery.ofCase(caseId, false), respondent);
        assertFalse(seenByRespondent.contains(items.get("c-court").getId()));
        assertFalse(seenByRespondent.contains(items.get("c-named-view-only").getId()));
        assertTrue(access.ids(ItemQuery.ofCase(caseId, false), respondent2).contains(items.get("c-named-view-only").getId()));
        assertEquals(7, access.count(ItemQuery.ofCase(caseId, false), respondent));
        // Copies: the undertaking accepted opens one item; view-only and an undertaking not accepted keep two out.
        List<Long> copiedByRespondent = access.ids(ItemQuery.ofCase(caseId, true), respondent);
        assertTrue(copiedByRespondent.contains(items.get("c-undertaking").getId()));
        assertFalse(copiedByRespondent.contains(items.get("c-undertaking-view-only").getId()));
        assertFalse(access.ids(ItemQuery.ofCase(caseId, true), respondent2).contains(items.get("c-undertaking").getId()));
        assertEquals(items.size(), access.count(ItemQuery.ofCase(caseId, true), clerk));

        // A search is a search within what they may see: the claimant's court-only invoice never shows, nor counts.
        assertEquals(List.of(items.get("c-parties").getId(), items.get("r-parties").getId()),
                access.ids(ItemQuery.ofCase(caseId, false).matching("INVOICE"), respondent));
        assertEquals(3, access.count(ItemQuery.ofCase(caseId, false).matching("invoice"), claimant));
        // The search's own wildcards are text: "100%_" matches one title, not every one.
        assertEquals(List.of(items.get("r-parties").getId()), access.ids(ItemQuery.ofCase(caseId, false).matching("100%_"), clerk));
        // The forms' choices: one's own side only, searched.
        assertEquals(List.of(items.get("r-parties").getId(), items.get("r-court").getId(), items.get("r-named").getId()),
                access.ownItems(caseId, respondent, null).stream().map(EvidenceItem::getId).toList());
        assertEquals(List.of(items.get("c-court").getId()),
                access.ownItems(caseId, claimant, "for the court").stream().map(EvidenceItem::getId).toList());
        assertEquals(List.of(), access.ownItems(caseId, clerk, null));

        // Anyone not on the case gets no list and no count; nor does counsel once removed from it.
        assertThrows(CaseNotFoundException.class, () -> access.count(ItemQuery.ofCase(caseId, false), outsider));
        assertThrows(CaseNotFoundException.class, () -> access.page(ItemQuery.ofCase(caseId, false), outsider, 0, 50));
        DisputeCase disputeCase = workflow.view(caseId, clerk).disputeCase();
        long membership = disputeCase.getMembers().stream()
                .filter(each -> each.getUser().getUsername().equals(respondent2)).findFirst().orElseThrow().getId();
        workflow.removeMember(caseId, disputeCase.getVersion(), clerk, membership);
        assertThrows(CaseNotFoundException.class, () -> access.ids(ItemQuery.ofCase(caseId, true), respondent2));
    }

    /** Every list of the case for one viewer against the policy applied item by item, paged two at a time. */
    private void assertListsFollowThePolicy(CaseView view, int all) {
        String who = view.actor().username();
        long caseId = view.disputeCase().getId();
        List<Long> visible = access.visibleItems(view).stream().map(EvidenceItem::getId).toList();
        List<Long> copyable = access.copyableItems(view).stream().map(EvidenceItem::getId).toList();
        assertTrue(visible.size() <= all);
        for (boolean copies : List.of(false, true)) {
            List<Long> expected = copies ? copyable : visible;
            ItemQuery query = ItemQuery.ofCase(caseId, copies);
            String what = (copies ? "copyable" : "visible") + " items for " + who;
            assertEquals(expected.size(), access.count(query, who), what + ": count");
            assertEquals(expected, access.ids(query, who), what + ": ids");
            List<Long> paged = new ArrayList<>();
            for (int first = 0; first < expected.size() + 2; first += 2) {
                access.page(query, who, first, 2).forEach(item -> paged.add(item.getId()));
            }
            assertEquals(expected, paged, what + ": two at a time");
            List<EvidenceItem> byTitle = access.page(query.sorted(ItemQuery.Order.TITLE, false), who, 0, 100);
            assertEquals(byTitle.stream().sorted(Comparator.comparing(EvidenceItem::getTitle).reversed()).toList(), byTitle,
                    what + ": by title, down");
            assertEquals(expected.size(), byTitle.size(), what + ": by title");
        }
    }

    private EvidenceItem submit(long caseId, String username, String title, Confidentiality confidentiality) throws Exception {
        return intake.register(caseId, username,
                intake.receive(new ByteArrayInputStream((title + System.nanoTime()).getBytes(StandardCharsets.UTF_8))),
                "item.txt", "text/plain", new EvidenceMetadata(title, "What it proves", null, confidentiality));
    }

    /** Protective measures as a disclosure order sets them, put on an item directly (the order's workflow is tested elsewhere). */
    private void protect(long caseId, EvidenceItem item, boolean undertaking, boolean viewOnly, List<String> named) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            long measures;
            try (PreparedStatement insert = connection.prepareStatement("insert into protective_measures (version, case_id,"
                    + " undertaking_required, named_persons_only, view_only) values (0, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                insert.setLong(1, caseId);
                insert.setBoolean(2, undertaking);
                insert.setBoolean(3, !named.isEmpty());
                insert.setBoolean(4, viewOnly);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    measures = keys.getLong(1);
                }
            }
            for (String person : named) {
                try (PreparedStatement insert = connection.prepareStatement(
                        "insert into protected_person (measures_id, username) values (?, ?)")) {
                    insert.setLong(1, measures);
                    insert.setString(2, person);
                    insert.executeUpdate();
                }
            }
            try (PreparedStatement update = connection.prepareStatement("update evidence_item set measures_id = ? where id = ?")) {
                update.setLong(1, measures);
                update.setLong(2, item.getId());
                update.executeUpdate();
            }
        }
    }

    private void member(long caseId, String clerk, String username, MemberRole role) {
        workflow.addMember(caseId, workflow.view(caseId, clerk).disputeCase().getVersion(), clerk, username, role);
    }

    private String user(String prefix, Role role, Long courtId) {
        String username = prefix + "-" + Long.toString(System.nanoTime(), 36);
        provisioning.create(username, prefix, null, EnumSet.of(role), courtId, PASSWORD, "test");
        return username;
    }
}
