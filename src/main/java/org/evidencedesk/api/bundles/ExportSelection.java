package org.evidencedesk.api.bundles;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.evidencedesk.api.ApiProblem;
import org.evidencedesk.bundle.export.BundleSelection;
import org.evidencedesk.dispute.Side;
import org.evidencedesk.evidence.EvidenceStatus;

/**
 * The export's query, {@code ?side=}, {@code ?status=} or {@code ?items=} (at most one; none is every item), as the
 * selection the export page's form makes. Anything else is refused (400) before anything is exported.
 */
final class ExportSelection {

    private ExportSelection() {
    }

    /** @throws ApiProblem 400 {@code api.bundle.selection} if the query names more than one choice, or one that does not exist */
    static BundleSelection of(String side, String status, List<String> items) {
        List<String> given = items == null ? List.of() : items.stream().flatMap(value -> List.of(value.split(",")).stream())
                .map(String::strip).filter(value -> !value.isEmpty()).toList();
        long choices = (blank(side) ? 0 : 1) + (blank(status) ? 0 : 1) + (given.isEmpty() ? 0 : 1);
        try {
            if (choices > 1) {
                throw new IllegalArgumentException("more than one choice");
            }
            if (!blank(side)) {
                return new BundleSelection(BundleSelection.Kind.SIDE, Side.valueOf(side.strip()), null, Set.of());
            }
            if (!blank(status)) {
                return new BundleSelection(BundleSelection.Kind.STATUS, null, EvidenceStatus.valueOf(status.strip()), Set.of());
            }
            if (!given.isEmpty()) {
                return new BundleSelection(BundleSelection.Kind.HAND, null, null,
                        given.stream().map(Long::valueOf).collect(Collectors.toSet()));
            }
            return BundleSelection.all();
        } catch (IllegalArgumentException e) {
            throw new ApiProblem(400, "api.bundle.selection");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
