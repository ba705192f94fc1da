package org.evidencedesk.custody;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.evidencedesk.dispute.CaseActor;
import org.evidencedesk.dispute.Side;
import org.evidencedesk.evidence.EvidenceAccessPolicy;
import org.evidencedesk.evidence.EvidenceItem;

/**
 * Which custody entries one viewer may see revealed, in one place: the case page's custody tab and the evidence
 * bundle both ask here. The court sees every entry. Anyone else sees an entry only if
 * <ul>
 *   <li>they may see every item it concerns ({@link EvidenceAccessPolicy#maySee}): the item the entry is about, and
 *       every item its details name, by id ({@code itemIds}) or by exhibit number ({@code exhibit}; {@code items},
 *       the exhibit list of a bundle export). A named item the case does not hold withholds the entry: the rule
 *       fails closed. This covers submissions (file name, hashes, size), time-stamps, views, downloads, rulings on
 *       an item (with reasons), undertakings, bundle exports and burden-of-proof links to an exhibit;</li>
 *   <li>and, for a step of a disclosure request never filed (a draft, or a draft withdrawn), they are on the side
 *       that drafted it ({@code applicant}). Steps recorded before V9 carry no side: their drafts are withheld from
 *       everyone but the court.</li>
 * </ul>
 * Everything else names no evidence and is revealed: checkpoints (a sequence and a head hash), rulings issued
 * (on filed requests and facts in issue), burden steps without an exhibit, and steps of filed requests.
 * A withheld entry is still shown as a link (sequence, time, commitment, hashes), so gaps stay visible.
 */
public final class CustodyAudience {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final CaseActor viewer;
    private final Map<Long, EvidenceItem> byId = new HashMap<>();
    private final Map<String, EvidenceItem> byExhibit = new HashMap<>();

    private CustodyAudience(CaseActor viewer, Collection<EvidenceItem> caseItems) {
        this.viewer = viewer;
        for (EvidenceItem item : caseItems) {
            byId.put(item.getId(), item);
            byExhibit.put(item.getExhibitNumber(), item);
        }
    }

    /** @param caseItems every item of the case, seen or not: the rule must know what the entries name */
    public static CustodyAudience of(CaseActor viewer, Collection<EvidenceItem> caseItems) {
        return new CustodyAudience(viewer, caseItems);
    }

    public boolean reveals(CustodyEntry entry) {
        if (viewer.isCourtStaff()) {
            return true;
        }
        Optional<JsonNode> details = details(entry);
        return details.isPresent() && seesEveryItem(entry, details.get()) && !draftOfAnotherSide(entry, details.get());
    }

    /** The entry as this viewer reads it in an exported log. */
    public String line(CustodyEntry entry) {
        return reveals(entry) ? entry.revealedLine() : entry.withheldLine();
    }

    /** The entries as this viewer sees them on the case page. */
    public List<CustodyRow> rows(List<CustodyEntry> entries) {
        List<CustodyRow> rows = new ArrayList<>(entries.size());
        entries.forEach(entry -> rows.add(reveals(entry) ? CustodyRow.revealed(entry) : CustodyRow.withheld(entry)));
        return rows;
    }

    private boolean seesEveryItem(CustodyEntry entry, JsonNode details) {
        List<Optional<EvidenceItem>> named = new ArrayList<>();
        if (entry.getItemId() != null) {
            named.add(Optional.ofNullable(byId.get(entry.getItemId())));
        }
        if (details.has("itemIds") && !details.get("itemIds").isArray()) {
            named.add(Optional.empty());
        }
        details.path("itemIds").forEach(id -> named.add(id.canConvertToLong() ? Optional.ofNullable(byId.get(id.asLong()))
                : Optional.empty()));
        if (details.has("exhibit")) {
            named.add(Optional.ofNullable(byExhibit.get(details.get("exhibit").asText())));
        }
        if (details.has("items")) {
            for (String exhibit : details.get("items").asText().split(",")) {
                if (!exhibit.isBlank()) {
                    named.add(Optional.ofNullable(byExhibit.get(exhibit.strip())));
                }
            }
        }
        return named.stream().allMatch(item -> item.filter(found -> EvidenceAccessPolicy.maySee(viewer, found)).isPresent());
    }

    private boolean draftOfAnotherSide(CustodyEntry entry, JsonNode details) {
        if (entry.getAction() != CustodyAction.DISCLOSURE) {
            return false;
        }
        boolean draft = details.path("draft").asBoolean(false) || "DRAFT".equals(details.path("status").asText());
        return draft && viewer.side().map(Side::name)
                .filter(side -> side.equals(details.path("applicant").asText())).isEmpty();
    }

    /** The entry's detail object; empty if it cannot be read, which withholds the entry. */
    private static Optional<JsonNode> details(CustodyEntry entry) {
        try {
            JsonNode node = JSON.readTree(entry.getDetail());
            return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }
}
