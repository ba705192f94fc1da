package org.evidencedesk.evidence;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.evidencedesk.dispute.CaseActor;
import org.evidencedesk.dispute.CaseView;
import org.evidencedesk.dispute.Side;

/**
 * Which of a case's items a paged list shows and in what order: the items its viewer may see (or may take a copy of),
 * optionally one side's only, optionally those whose exhibit number or title contains a text. The count and page
 * queries of {@link EvidenceItems} turn it into SQL, so that a list of 10,000 items reads one page, never all of them.
 *
 * @param viewer     whose access rules apply ({@link EvidenceAccessPolicy}, mirrored in SQL); a page keeps its list
 *                   without one, and the service sets the viewer whose access it has just read
 * @param copyable   only items the viewer may take a copy of ({@link EvidenceAccess#copyableItems})
 * @param onlySide   only this side's items, or null for both
 * @param text       a part of the exhibit number or title, any case; null or blank for every item
 * @param order      the sort order
 * @param ascending  whether the order runs up
 */
public record ItemQuery(long caseId, CaseActor viewer, boolean copyable, Side onlySide, String text, Order order, boolean ascending)
        implements Serializable {

    /** The orders a list may sort by; each ends in a unique key, so that pages never overlap. */
    public enum Order {
        EXHIBIT("e.side %1$s, e.exhibitSequence %1$s"),
        TITLE("e.title %1$s, e.id %1$s"),
        STATUS("e.status %1$s, e.side, e.exhibitSequence"),
        SUBMITTED("e.submittedAt %1$s, e.id %1$s");

        private final String clause;

        Order(String clause) {
            this.clause = clause;
        }

        String clause(boolean ascending) {
            return String.format(clause, ascending ? "asc" : "desc");
        }
    }

    public ItemQuery {
        Objects.requireNonNull(order, "order");
        text = text == null || text.isBlank() ? null : text.strip();
    }

    /** Every item of the case the view's actor may see, in exhibit order. */
    public static ItemQuery visible(CaseView view) {
        return new ItemQuery(view.disputeCase().getId(), view.actor(), false, null, null, Order.EXHIBIT, true);
    }

    /** Every item of the case the view's actor may take a copy of, in exhibit order. */
    public static ItemQuery copyable(CaseView view) {
        return new ItemQuery(view.disputeCase().getId(), view.actor(), true, null, null, Order.EXHIBIT, true);
    }

    /** A case's items for a viewer the service will set: every item they may see, or may copy, in exhibit order. */
    public static ItemQuery ofCase(long caseId, boolean copyable) {
        return new ItemQuery(caseId, null, copyable, null, null, Order.EXHIBIT, true);
    }

    /** The same list for another viewer: the services set the viewer they have just read access for. */
    public ItemQuery seenBy(CaseActor actor) {
        return new ItemQuery(caseId, actor, copyable, onlySide, text, order, ascending);
    }

    public ItemQuery side(Side side) {
        return new ItemQuery(caseId, viewer, copyable, side, text, order, ascending);
    }

    public ItemQuery matching(String text) {
        return new ItemQuery(caseId, viewer, copyable, onlySide, text, order, ascending);
    }

    public ItemQuery sorted(Order order, boolean ascending) {
        return new ItemQuery(caseId, viewer, copyable, onlySide, text, order, ascending);
    }

    /** The like pattern of the text, lower case, its own wildcards escaped with '!'. */
    Optional<String> pattern() {
        return Optional.ofNullable(text).map(t -> "%" + t.toLowerCase(Locale.ROOT)
                .replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
    }
}
