package org.evidencedesk.bundle.export;

import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.evidencedesk.dispute.Side;
import org.evidencedesk.evidence.EvidenceItem;
import org.evidencedesk.evidence.EvidenceStatus;

/**
 * Which of the items a user may see go into a bundle: all of them, one side's, those with one status, or
 * those picked by hand. It only narrows what the access policy already allows.
 */
public record BundleSelection(Kind kind, Side side, EvidenceStatus status, Set<Long> itemIds) {

    public enum Kind { ALL, SIDE, STATUS, HAND }

    public BundleSelection {
        Objects.requireNonNull(kind, "kind");
        itemIds = itemIds == null ? Set.of() : Set.copyOf(itemIds);
        if (kind == Kind.SIDE && side == null || kind == Kind.STATUS && status == null) {
            throw new IllegalArgumentException("A selection by side or status needs one");
        }
    }

    public static BundleSelection all() {
        return new BundleSelection(Kind.ALL, null, null, Set.of());
    }

    public boolean includes(EvidenceItem item) {
        return switch (kind) {
            case ALL -> true;
            case SIDE -> item.getSide() == side;
            case STATUS -> item.getStatus() == status;
            case HAND -> itemIds.contains(item.getId());
        };
    }

    /** In words, for manifest.json, VERIFY.txt and the custody log. */
    public String describe() {
        return switch (kind) {
            case ALL -> "all items the exporter may see";
            case SIDE -> "items of side " + side;
            case STATUS -> "items with status " + status;
            case HAND -> "items chosen by hand (" + itemIds.stream().sorted().map(String::valueOf).collect(Collectors.joining(", ")) + ")";
        };
    }
}
