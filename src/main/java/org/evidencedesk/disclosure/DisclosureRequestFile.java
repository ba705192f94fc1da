package org.evidencedesk.disclosure;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.evidencedesk.burden.FactInIssue;
import org.evidencedesk.evidence.EvidenceItem;
import org.evidencedesk.rules.RuleSet;
import org.evidencedesk.ruling.Ruling;

/**
 * A disclosure request as one viewer reads it, for its page: the request with what the viewer may see of its
 * evidence, its rulings, the people it concerns, and the steps the viewer may take now, decided by the request's
 * own transitions (the same the workflow checks when a step is taken).
 *
 * @param steps       the steps the viewer may take now
 * @param produced    the items produced under the order that the viewer may see
 * @param ownEvidence the items of the viewer's side a revised draft offers as preliminary evidence: those it links, then
 *                    the first of the others (the page searches for the rest)
 * @param rules       the rules a revised draft may rest on; empty unless the viewer may revise it
 * @param facts       the facts in issue a revised draft may name (those whose burden the viewer's side bears); empty
 *                    unless the viewer may revise it
 * @param applicantCounsel the logins of the applicant side's counsel, whom an order may name
 * @param personNames members' display names by login: a person an order names is shown by name, as it prints them
 */
public record DisclosureRequestFile(DisclosureWorkflow.RequestView view, Set<DisclosureTransition> steps,
                                    List<EvidenceItem> produced, List<EvidenceItem> ownEvidence, List<Ruling> rulings,
                                    List<RuleSet> rules, List<FactInIssue> facts, List<String> applicantCounsel,
                                    Map<String, String> personNames) {

    public DisclosureRequestFile {
        steps = Set.copyOf(steps);
        produced = List.copyOf(produced);
        ownEvidence = List.copyOf(ownEvidence);
        rulings = List.copyOf(rulings);
        rules = List.copyOf(rules);
        facts = List.copyOf(facts);
        applicantCounsel = List.copyOf(applicantCounsel);
        personNames = Map.copyOf(personNames);
    }

    public DisclosureRequest request() {
        return view.request();
    }

    public boolean allows(DisclosureTransition step) {
        return steps.contains(step);
    }

    /** Whether the viewer may read the exhibit number of an item produced under the order. */
    public boolean showsProducedExhibit(String exhibit) {
        return produced.stream().map(EvidenceItem::getExhibitNumber).collect(Collectors.toSet()).contains(exhibit);
    }

    /** A member's display name; the login of someone no longer a member of the case. */
    public String personName(String username) {
        return personNames.getOrDefault(username, username);
    }
}
