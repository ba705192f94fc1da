package org.evidencedesk.custody;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.evidencedesk.dispute.CaseActor;
import org.evidencedesk.dispute.Side;

/**
 * Which custody entries one viewer may see revealed, in one place: the case page's custody tab and the evidence
 * bundle both ask here. The court sees every entry. Anyone else sees an entry only if
 * <ul>
 *   <li>they may see every item it concerns (as the evidence area decides, through {@link CaseItemVisibility}): the item the entry is about, and
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
    private final Map<Long, CaseItem> byId = new HashMap<>();
    private final Map<String, CaseItem> byExhibit = new HashMap<>();

    private CustodyAudience(CaseActor viewer, Collection<CaseItem> caseItems) {
        this.viewer = viewer;
        for (CaseItem item : caseItems) {
            byId.put(item.id(), item);
            byExhibit.put(item.exhibitNumber(), item);
        }
    }

    /**
     * @param caseItems the items of the case the entries name ({@link #namedBy}), or all of them, seen or not: a named
     *     item missing here withholds the entry
     */
    public static CustodyAudience of(CaseActor viewer, Collection<CaseItem> caseItems) {
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

    /**
     * The items these entries name (by id or by exhibit number), all an audience for them needs to know: the custody
     * tab asks the evidence area about these alone, not about every item of the case.
     */
    public static NamedItems namedBy(Collection<CustodyEntry> entries) {
        Set<Long> ids = new HashSet<>();
        Set<String> exhibits = new HashSet<>();
        for (CustodyEntry entry : entries) {
            details(entry).ifPresent(details -> named(entry, details).forEach(reference -> {
                if (reference.id() != null) {
                    ids.add(reference.id());
                } else if (reference.exhibit() != null) {
                    exhibits.add(reference.exhibit());
                }
            }));
        }
        return new NamedItems(Set.copyOf(ids), Set.copyOf(exhibits));
    }

    private boolean seesEveryItem(CustodyEntry entry, JsonNode details) {
        return named(entry, details).stream().allMatch(reference -> item(reference).filter(CaseItem::visible).isPresent());
    }

    private Optional<CaseItem> item(Reference reference) {
        return Optional.ofNullable(reference.id() != null ? byId.get(reference.id())
                : reference.exhibit() != null ? byExhibit.get(reference.exhibit()) : null);
    }

    /** Every item the entry names; a name that is no item's (an id that is not a number) names nothing, and fails. */
    private static List<Reference> named(CustodyEntry entry, JsonNode details) {
        List<Reference> named = new ArrayList<>();
        if (entry.getItemId() != null) {
            named.add(Reference.byId(entry.getItemId()));
        }
        if (details.has("itemIds") && !details.get("itemIds").isArray()) {
            named.add(Reference.NONE);
        }
        details.path("itemIds").forEach(id -> named.add(id.canConvertToLong() ? Reference.byId(id.asLong()) : Reference.NONE));
        if (details.has("exhibit")) {
            named.add(Reference.byExhibit(details.get("exhibit").asText()));
        }
        if (details.has("items")) {
            for (String exhibit : details.get("items").asText().split(",")) {
                if (!exhibit.isBlank()) {
                    named.add(Reference.byExhibit(exhibit.strip()));
                }
            }
        }
        return named;
    }

    private boolean draftOfAnotherSide(CustodyEntry entry, JsonNode details) {
        if (entry.getAction() != CustodyAction.DISCLOSURE) {
            return false;
        }
        boolean draft = details.path("draft").asBoolean(false) || "DRAFT".equals(details.path("status").asText());
        return draft && viewer.side().map(Side::name)
                .filter(side -> side.equals(details.path("applicant").asText())).isEmpty();
    }

    /** The ids and exhibit numbers some entries name. */
    public record NamedItems(Set<Long> ids, Set<String> exhibits) {

        public int size() {
            return ids.size() + exhibits.size();
        }
    }

    /** One item an entry names: by id, by exhibit number, or by something that is neither (which no item matches). */
    private record Reference(Long id, String exhibit) {

        static final Reference NONE = new Reference(null, null);

        static Reference byId(long id) {
            return new Reference(id, null);
        }

        static Reference byExhibit(String exhibit) {
            return new Reference(null, exhibit);
        }
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
