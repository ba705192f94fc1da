package org.evidencedesk.rules;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.evidencedesk.dispute.IpType;
import org.evidencedesk.dispute.Side;

/**
 * One version of one legal rule, as read from its file in {@code config/rules/}. A decision records the
 * rule it applied by {@link #key()}, never by a bare article number, because article numbers change
 * between versions of a law.
 */
public record RuleSet(String id, int version, RuleStatus status, boolean enabledByDefault, RuleKind kind,
        LocalizedText citation, LocalizedText title, Set<IpType> ipTypes,
        List<Showing> showings, Requirement requirement, Side burdenMovesTo,
        LocalizedText consequence) {

    public RuleSet {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(requirement, "requirement");
        Objects.requireNonNull(burdenMovesTo, "burdenMovesTo");
        Objects.requireNonNull(consequence, "consequence");
        ipTypes = Collections.unmodifiableSet(ipTypes.isEmpty() ? EnumSet.noneOf(IpType.class) : EnumSet.copyOf(ipTypes));
        showings = List.copyOf(showings);
    }

    /** The key that decisions store: {@code aucl-32a@1}. */
    public String key() {
        return key(id, version);
    }

    public static String key(String id, int version) {
        return id + "@" + version;
    }

    public boolean appliesTo(IpType type) {
        return ipTypes.contains(type);
    }

    public boolean isProposed() {
        return status == RuleStatus.PROPOSED;
    }

    /** Which showings of the checklist are supported, and whether together they meet the requirement. */
    public ShowingsAssessment assess(Set<String> supportedShowingIds) {
        Map<String, Boolean> supported = new LinkedHashMap<>();
        for (Showing showing : showings) {
            supported.put(showing.id(), supportedShowingIds.contains(showing.id()));
        }
        return new ShowingsAssessment(this, supported, requirement.isMetBy(supportedShowingIds));
    }

    public Optional<Showing> showing(String showingId) {
        return showings.stream().filter(showing -> showing.id().equals(showingId)).findFirst();
    }
}
