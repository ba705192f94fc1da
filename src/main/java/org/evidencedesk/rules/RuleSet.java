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
 * One version of one legal rule, as read from its file in {@code config/rules/} (or made from a proposed one
 * when an instrument adopts it, see {@link #adoptedUnder}). A decision records the rule it applied by
 * {@link #key()}, never by a bare article number, because article numbers change between versions of a law.
 * Only a burden-shift rule names {@code burdenMovesTo}; for the others it is null: an order to produce moves
 * no burden. {@code onAdoption} is null except for a proposed rule that says what it becomes once binding.
 * {@code nonCompliance} names, for an order to produce (disclosure or account books), the article whose consequences
 * follow when the order is not complied with ({@code CE_48}, {@code IPE_25}, {@code ACCOUNT_BOOKS}: the disclosure
 * area's {@code NonComplianceLaw}); a burden-shift rule names none.
 */
public record RuleSet(String id, int version, RuleStatus status, boolean enabledByDefault, RuleKind kind,
        LocalizedText citation, LocalizedText title, Set<IpType> ipTypes,
        List<Showing> showings, Requirement requirement, ConductWindow conduct, Side burdenMovesTo,
        LocalizedText consequence, AdoptedWording onAdoption, String nonCompliance) {

    public RuleSet {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(requirement, "requirement");
        Objects.requireNonNull(conduct, "conduct");
        Objects.requireNonNull(consequence, "consequence");
        if (kind.movesBurden() != (burdenMovesTo != null)) {
            throw new IllegalArgumentException(id + ": a " + kind + " rule " + (kind.movesBurden()
                    ? "must name the side the burden moves to" : "moves no burden and names no side"));
        }
        if (kind.movesBurden() == (nonCompliance != null)) {
            throw new IllegalArgumentException(id + ": a " + kind + " rule " + (kind.movesBurden()
                    ? "orders nothing and names no consequence of non-compliance"
                    : "must name the article whose consequences follow non-compliance"));
        }
        if (onAdoption != null && status != RuleStatus.PROPOSED) {
            throw new IllegalArgumentException(id + ": only a proposed rule says what it becomes on adoption");
        }
        ipTypes = Collections.unmodifiableSet(ipTypes.isEmpty() ? EnumSet.noneOf(IpType.class) : EnumSet.copyOf(ipTypes));
        showings = List.copyOf(showings);
    }

    /** The side a burden-shift rule moves the burden to; empty for an order to produce, which moves none. */
    public Optional<Side> burdenMove() {
        return Optional.ofNullable(burdenMovesTo);
    }

    /** Whether the rule governs conduct whose last act was on that day (AUCL 2019 art. 32 or 2025 art. 39). */
    public boolean governsConductEndingOn(java.time.LocalDate lastAct) {
        return conduct.governs(lastAct);
    }

    /**
     * The new active version of a proposed rule once an instrument makes it binding at this court: the same
     * showings, requirement and burden move, the wording its file gives for adoption, citing the instrument.
     */
    public RuleSet adoptedUnder(LocalizedText instrumentCitation, int newVersion) {
        if (!isProposed() || onAdoption == null) {
            throw new IllegalStateException(key() + " is not a proposed rule that says what it becomes on adoption");
        }
        return new RuleSet(id, newVersion, RuleStatus.ACTIVE, true, kind, instrumentCitation, onAdoption.title(),
                ipTypes, showings, requirement, conduct, burdenMovesTo, onAdoption.consequence(), null, nonCompliance);
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
